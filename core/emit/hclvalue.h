#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Infra {

// An HCL expression the Terraform emitter writes: a raw expression (reference, function call,
// template), a quoted string, a number, a bool, a list, an object or a function call wrapping
// other values. Rendering follows `terraform fmt`: two-space indents, and in an object the
// `=` of consecutive single-line entries aligned.
class HclValue
{
public:
    using Entry = QPair<QString, HclValue>;

    HclValue();

    static HclValue raw(const QString &expression);      // written as is: var.x, aws_vpc.main.id
    static HclValue string(const QString &text);         // "text" — `${…}` stays a template interpolation
    static HclValue literal(const QString &text);        // "text" with `${` and `%{` escaped: free text from the model
    static HclValue number(qint64 value);
    static HclValue number(double value);
    static HclValue boolean(bool value);
    static HclValue list(const QList<HclValue> &items);  // one line when every item is, else one item a line
    static HclValue stringList(const QStringList &items); // ["a", "b"] of literals
    static HclValue object(const QList<Entry> &entries); // { key = value } on several lines ({} when empty)
    static HclValue call(const QString &function, const QList<HclValue> &arguments);

    bool isMultiLine() const;
    // The text, its first line unindented and every further line indented by `indent` spaces.
    QString render(int indent = 0) const;
    void renderTo(QString &out, int indent) const; // appends what render() returns

    // An object key written bare when it is an identifier, quoted otherwise.
    static QString key(const QString &name);
    static QString quote(const QString &text, bool escapeTemplates);

    // Reading back what was built (the AWS constraint rules inspect the module this way).
    bool isList() const { return m_kind == Kind::List; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isCall() const { return m_kind == Kind::Call; }
    const QString &expression() const { return m_text; } // a raw expression; a call's function name
    const QList<HclValue> &items() const { return m_items; } // list items, call arguments
    const QList<Entry> &entries() const { return m_entries; }
    const HclValue *entry(const QString &key) const;     // an object entry, nullptr when absent
    // A quoted string's template text with its escapes resolved ("$${" stays "$${"), nullopt
    // for anything else (a reference, a number, a call).
    std::optional<QString> quotedText() const;

private:
    enum class Kind { Raw, List, Object, Call };
    Kind m_kind = Kind::Raw;
    QString m_text;                 // Raw: the expression; Call: the function name
    QList<HclValue> m_items;        // List items, Call arguments
    QList<Entry> m_entries;         // Object entries
};

// How `terraform fmt` aligns `=`: a run of consecutive single-line attributes shares the
// column after its longest name; a multi-line value, a comment, a blank line or a nested
// block ends the run. Used for object values and block bodies.
namespace Hcl {
void appendSpaces(QString &out, qsizetype count);
void appendAttribute(QString &out, int indent, const QString &name, qsizetype width, const HclValue &value);
} // namespace Hcl

} // namespace Infra
