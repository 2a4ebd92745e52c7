#include "parametereditor.h"

#include "accessibletext.h"
#include "model/instancetypes.h"
#include "schematext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <limits>

namespace Infra::ParameterEditor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Infra::ParameterEditor", text);
}

QString listText(const QVariant &value)
{
    return value.toStringList().join(QStringLiteral(", "));
}

QString mapText(const QVariant &value)
{
    QStringList parts;
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString();
    return parts.join(QStringLiteral(", "));
}

QVariant parseLine(const ParamSpec &spec, const QString &text)
{
    if (spec.type == ParamType::StringList) {
        QStringList items;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (!item.isEmpty())
                items << item;
        }
        return items;
    }
    if (spec.type == ParamType::StringMap) {
        QVariantMap map;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq > 0)
                map.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
        }
        return map;
    }
    return text;
}

// A choice as the user reads it: a word in the user's language followed by the value itself,
// which files and Terraform take ("automatisch (automatic)"), or only the value where it is an
// identifier (gp3) or reads the same. The item's data is always the value.
void addChoice(QComboBox *combo, const QString &choice)
{
    const QString word = choiceText(choice);
    if (word == choice) {
        combo->addItem(choice, choice);
        return;
    }
    //: A choice in a combo box: the word in your language, then the value the design file takes.
    combo->addItem(tr("%1 (%2)").arg(word, choice), choice);
    combo->setItemData(combo->count() - 1, tr("Value in the design file: %1").arg(choice), Qt::ToolTipRole);
}

int clampInt(double v)
{
    return int(qBound(double(std::numeric_limits<int>::min()), v, double(std::numeric_limits<int>::max())));
}

} // namespace

QStringList catalogChoices(const ParamSpec &spec)
{
    if (spec.key == QLatin1String("instance_class"))
        return rdsInstanceClassNames();
    if (spec.key == QLatin1String("node_type"))
        return cacheNodeTypeNames();
    return {};
}

QString toolTip(const ParamSpec &spec)
{
    QString tip = schemaText(spec.help);
    if (!spec.unit.isEmpty())
        tip += QLatin1Char('\n') + tr("Unit: %1").arg(schemaText(spec.unit));
    if (spec.hasRange)
        tip += QLatin1Char('\n') + tr("Range: %1 to %2").arg(spec.minimum).arg(spec.maximum);
    tip += QLatin1Char('\n') + tr("Key: %1").arg(spec.key);
    return tip;
}

QWidget *create(const ParamSpec &spec, const QVariant &value, const std::function<void(const QVariant &)> &edited,
                QWidget *parent)
{
    QWidget *editor = nullptr;
    const QStringList catalog = catalogChoices(spec);
    if (spec.type == ParamType::Bool) {
        auto *box = new QCheckBox(parent);
        QObject::connect(box, &QCheckBox::toggled, box, [edited](bool on) { edited(on); });
        editor = box;
    } else if (spec.type == ParamType::Enum || !catalog.isEmpty() || !spec.allowedInts.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        if (!spec.allowedInts.isEmpty()) {
            for (qint64 v : spec.allowedInts)
                combo->addItem(spec.unit.isEmpty() ? QString::number(v)
                                                   : QString::number(v) + QLatin1Char(' ') + schemaText(spec.unit),
                               QVariant(v));
        } else if (spec.type == ParamType::Enum) {
            for (const QString &c : spec.choices)
                addChoice(combo, c);
        } else {
            for (const QString &c : catalog) // instance classes and node types: identifiers
                combo->addItem(c, c);
        }
        QObject::connect(combo, &QComboBox::activated, combo, [combo, edited](int index) { edited(combo->itemData(index)); });
        editor = combo;
    } else if (spec.type == ParamType::Int) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(spec.hasRange ? clampInt(spec.minimum) : 0,
                       spec.hasRange ? clampInt(spec.maximum) : std::numeric_limits<int>::max());
        if (!spec.unit.isEmpty())
            spin->setSuffix(QLatin1Char(' ') + schemaText(spec.unit));
        // Typing commits when editing finishes; arrow steps merge into one undo step.
        spin->setKeyboardTracking(false);
        QObject::connect(spin, &QSpinBox::valueChanged, spin, [edited](int v) { edited(QVariant(qint64(v))); });
        editor = spin;
    } else if (spec.type == ParamType::Double) {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(2);
        spin->setRange(spec.hasRange ? spec.minimum : 0, spec.hasRange ? spec.maximum : 1e12);
        if (!spec.unit.isEmpty())
            spin->setSuffix(QLatin1Char(' ') + schemaText(spec.unit));
        spin->setKeyboardTracking(false);
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, spin, [edited](double v) { edited(v); });
        editor = spin;
    } else {
        auto *line = new QLineEdit(parent);
        if (spec.type == ParamType::StringList)
            line->setPlaceholderText(tr("comma-separated"));
        else if (spec.type == ParamType::StringMap)
            line->setPlaceholderText(tr("key=value, …"));
        QObject::connect(line, &QLineEdit::editingFinished, line, [line, spec, edited] {
            if (line->isModified()) {
                line->setModified(false);
                edited(parseLine(spec, line->text()));
            }
        });
        editor = line;
    }
    // Spin boxes ask for the width of their largest value (1e12 GB/month): an explicit
    // minimum lets the form shrink to a narrow dock instead.
    editor->setMinimumWidth(80);
    editor->setToolTip(toolTip(spec));
    setAccessibleText(editor, schemaText(spec.label), toolTip(spec));
    editor->setObjectName(spec.key);
    setValue(editor, spec, value);
    return editor;
}

void setValue(QWidget *editor, const ParamSpec &spec, const QVariant &value)
{
    const QSignalBlocker blocker(editor);
    if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(value.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant data = spec.allowedInts.isEmpty() ? QVariant(value.toString()) : QVariant(value.toLongLong());
        int index = combo->findData(data);
        if (index < 0) { // a value the catalog does not list: keep it selectable
            combo->addItem(value.toString(), data);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(clampInt(value.toDouble()));
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        dspin->setValue(value.toDouble());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(spec.type == ParamType::StringList  ? listText(value)
                      : spec.type == ParamType::StringMap ? mapText(value)
                                                          : value.toString());
        line->setModified(false);
    }
}

} // namespace Infra::ParameterEditor
