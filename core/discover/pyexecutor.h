#pragma once

#include "pythonsource.h"
#include "pyvalue.h"
#include "repositorytree.h"

#include <QHash>

#include <map>
#include <memory>

namespace Infra {

// Parsed Python files of a repository, each parsed once.
class PythonSources
{
public:
    explicit PythonSources(RepositoryTree &tree);
    // nullptr when the file cannot be read (too large, binary…) or not parsed in time.
    const PythonSource *get(const QString &rel);
    RepositoryTree &tree() { return m_tree; }

private:
    RepositoryTree &m_tree;
    PythonParser m_parser;
    std::map<QString, std::unique_ptr<PythonSource>> m_sources;
};

// The names a module defines when its top level is followed statically.
struct PyNamespace
{
    struct Definition
    {
        const PythonSource *source = nullptr;
        TSNode node{};   // class_definition or function_definition
        QStringList bases;
    };
    QHash<QString, PyValue> names; // also dotted targets: "app.conf.broker_url"
    QHash<QString, Definition> classes;
    QHash<QString, Definition> functions;
    QStringList files; // files followed, in order
    struct Include { QString file; int line; QString target; };
    std::vector<Include> includes; // star imports and split-settings includes followed
};

// Follows a module's top level without running it: assignments (also into dict keys and
// dotted targets), `from x import *`, split-settings include(), both branches of if/try.
// Expressions become PyValues; environment reads become Env values with their default.
class PyExecutor
{
public:
    explicit PyExecutor(PythonSources &sources);

    void execFile(const QString &rel, PyNamespace &ns, int depth = 0);
    void execBlock(const PythonSource &src, TSNode block, PyNamespace &ns, int depth, bool uncertain);
    PyValue eval(const PythonSource &src, TSNode expr, const PyNamespace &ns, int depth = 0,
                 const QString &target = {}) const;
    // The value a module-level function returns, its body followed like a module.
    PyValue callFunction(const QString &name, const PyNamespace &ns, int depth = 0);
    // Applies a class body and, before it, its bases' bodies (django-configurations).
    void execClass(const QString &name, PyNamespace &ns, int depth = 0);

private:
    PyValue evalCall(const PythonSource &src, TSNode call, const PyNamespace &ns, int depth, const QString &target) const;
    void assign(const PythonSource &src, TSNode left, PyValue value, PyNamespace &ns);
    void execIf(const PythonSource &src, TSNode st, PyNamespace &ns, int depth);
    void statementCall(const PythonSource &src, TSNode call, PyNamespace &ns, int depth, bool uncertain);

    PythonSources &m_sources;
    int m_maxEval;
    int m_maxInclude;
    int m_blockNesting = 0;
};

// "postgres://u@h/db" → "postgresql"; mysql, sqlite3, redis, rabbitmq (amqp), sqs, memcached.
QString urlService(const QString &url);

} // namespace Infra
