#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Infra {

// What static evaluation knows of a Python expression: literals, containers, calls kept by
// name, and values read from the environment (with the default that applies when unset).
struct PyValue
{
    enum class Kind { Unknown, None, Bool, Number, Str, List, Dict, Env, Call };
    Kind kind = Kind::Unknown;
    QString text;               // Str: the string; Number/Bool: the literal; Call: the callee; Env: the variable; Unknown: source
    std::vector<PyValue> items; // List: items; Dict: values; Call: arguments; Env: [default]
    QStringList keys;           // Dict: keys; Call: keyword names ("" for positional arguments)
    QString envHint;            // Env: how the value is read ("db", "cache", "int", "url", …)
    QString file;
    int line = 0;
    bool uncertain = false;     // assigned inside an if/try branch
    std::vector<PyValue> alternatives; // values other branches of an `if` assign to the same name

    bool isStr() const { return kind == Kind::Str; }
    bool isEnv() const { return kind == Kind::Env; }
    bool hasEnvDefault() const { return kind == Kind::Env && !items.empty(); }
    const PyValue *envDefault() const { return hasEnvDefault() ? &items.front() : nullptr; }

    const PyValue *get(const QString &key) const; // Dict entry or Call keyword
    const PyValue *arg(int index) const;          // Call positional argument
    // The string the value has, or the default string of an Env; empty when unknown.
    QString effectiveString() const;
    // A short human form: 'x', $VAR (default 'x'), [a, b], {k: …}, name(…).
    QString display(int depth = 0) const;

    static PyValue unknown(const QString &source, const QString &file, int line);
    static PyValue string(const QString &s, const QString &file, int line);
};

} // namespace Infra
