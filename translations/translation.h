#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Infra {

// Loads the studio's own translation (embedded as :/i18n/infrastudio_<lang>.qm) and Qt's
// (qtbase_<lang>.qm from the Qt installation, for standard dialogs and buttons) and
// installs them on `app`, replacing any installed by an earlier call.
//
// `language` is the user's override from Preferences: empty (or "system") follows the
// system locale's UI languages; a code such as "de" or "en" forces that language and
// makes it the default QLocale, so numbers and dates match the words.
// English, the source language, gets its plural forms ("1 warning", "2 warnings" for
// "%n warning(s)") from infrastudio_en.qm; the C locale (LC_ALL=C, whatever LANGUAGE says,
// as with gettext) gets the source texts unchanged.
// Call it before the first window is created. Returns the language now in effect
// ("en" — the source language — when no translation applies).
QString installTranslations(QCoreApplication &app, const QString &language = QString());

// The language the last installTranslations() chose ("en" before any call).
QString currentLanguage();

// The UI languages shipped, always starting with "en" (the source language): {"en", "de"}.
QStringList availableLanguages();

// The name of `language` in that language itself, for a Preferences combo box
// ("Deutsch" for "de").
QString nativeLanguageName(const QString &language);

} // namespace Infra
