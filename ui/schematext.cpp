#include "schematext.h"

#include <QCoreApplication>
#include <QSet>

namespace Infra {

QString schemaText(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("Infra::Schema", english.toUtf8().constData());
}

QString choiceText(const QString &choice)
{
    // Only the words the generator listed are looked up: an identifier is never translated,
    // whatever a catalog holds.
    static const QSet<QString> words = [] {
        const QStringList texts = schemaChoiceTexts();
        return QSet<QString>(texts.begin(), texts.end());
    }();
    if (!words.contains(choice))
        return choice;
    return QCoreApplication::translate("Infra::Choices", choice.toUtf8().constData());
}

} // namespace Infra
