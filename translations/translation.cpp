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
// language), so "en_GB, de" stays English; nullopt when none applies.
std::optional<QLocale> shippedLanguage(const QLocale &locale)
{
    const QStringList shipped = availableLanguages();
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QLocale candidate(uiLanguage);
        if (candidate.language() == QLocale::English || candidate.language() == QLocale::C)
            return std::nullopt;
        if (shipped.contains(QLocale::languageToCode(candidate.language())))
            return candidate;
    }
    return std::nullopt;
}

QString chooseAndInstall(QCoreApplication &app, const QString &language)
{
    removeInstalledTranslators(app);

    const bool followSystem = language.isEmpty() || language == QLatin1String("system");
    const QLocale locale = followSystem ? QLocale::system() : QLocale(language);
    if (!followSystem)
        QLocale::setDefault(locale);

    const std::optional<QLocale> chosen = shippedLanguage(locale);
    if (!chosen || !installTranslator(app, *chosen, QStringLiteral("infrastudio"), QStringLiteral(":/i18n")))
        return SourceLanguage;
    // Qt's own strings (standard buttons, file dialogs); absent when the distribution's
    // Qt translations package is not installed, which only leaves those in English.
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
