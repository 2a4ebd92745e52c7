#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <optional>

namespace Infra {

namespace {

const auto TranslatorName = QLatin1String("infra-studio-translator");
const auto SourceLanguage = QLatin1String("en");
QString s_currentLanguage = SourceLanguage;

void removeInstalledTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> translators = app.findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installTranslator(QCoreApplication &app, const QLocale &locale, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    if (!translator->load(locale, fileName, QStringLiteral("_"), directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

// The first of the locale's UI languages we ship, stopping at English (the source
// language), so "en_GB, de" stays English. English is also the fallback when no language
// of the locale is shipped. Nothing for the C locale: the source texts as they are, the
// stable output scripts ask for with LC_ALL=C.
std::optional<QLocale> shippedLanguage(const QLocale &locale)
{
    const QLocale english(QLocale::English);
    const QStringList shipped = availableLanguages();
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QLocale candidate(uiLanguage);
        if (candidate.language() == QLocale::C)
            return std::nullopt;
        if (candidate.language() == QLocale::English)
            return english;
        if (shipped.contains(QLocale::languageToCode(candidate.language())))
            return candidate;
    }
    return english;
}

// gettext's rule, which Qt does not follow: with LC_ALL, LC_MESSAGES or LANG (the first one
// set) at C or POSIX, LANGUAGE is ignored and programs speak their source language, so that
// `LC_ALL=C command` gives scripts and tests the same text on every machine.
bool messagesLocaleIsC()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (!value.isEmpty())
            return value == "C" || value == "POSIX" || value.startsWith("C.");
    }
    return true;
#else
    return false;
#endif
}

QString chooseAndInstall(QCoreApplication &app, const QString &language)
{
    removeInstalledTranslators(app);

    const bool followSystem = language.isEmpty() || language == QLatin1String("system");
    const QLocale locale = followSystem ? QLocale::system() : QLocale(language);
    if (!followSystem)
        QLocale::setDefault(locale);

    const std::optional<QLocale> chosen = followSystem && messagesLocaleIsC() ? std::nullopt : shippedLanguage(locale);
    if (!chosen || !installTranslator(app, *chosen, QStringLiteral("infrastudio"), QStringLiteral(":/i18n")))
        return SourceLanguage;
    // English: infrastudio_en.qm holds only the plural forms; Qt's own strings are English.
    if (chosen->language() == QLocale::English)
        return SourceLanguage;
    // Qt's own strings (standard buttons, file dialogs, the command line parser's messages);
    // absent when the distribution's Qt translations package is not installed, which only
    // leaves those in English.
    installTranslator(app, *chosen, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return QLocale::languageToCode(chosen->language());
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &language)
{
    s_currentLanguage = chooseAndInstall(app, language);
    return s_currentLanguage;
}

QString currentLanguage()
{
    return s_currentLanguage;
}

QStringList availableLanguages()
{
    QStringList languages{SourceLanguage};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("infrastudio_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(qsizetype(sizeof("infrastudio_") - 1)).chopped(3);
        if (!languages.contains(code))
            languages.append(code);
    }
    return languages;
}

QString nativeLanguageName(const QString &language)
{
    if (language == SourceLanguage)
        return QStringLiteral("English"); // not "American English"
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace Infra
