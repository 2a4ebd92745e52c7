#include "gettingstarteddialog.h"

#include "infrastudio/config.h"
#include "translation.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Infra {

namespace {
const auto ReferenceDesign = QLatin1String("infra-studio/examples/django-reference.infra.yaml");
}

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));

    m_browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    m_browser->setAccessibleName(tr("Getting started guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guidePage(currentLanguage())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open Reference Design"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openReferenceButton"));
    const QString reference = referenceDesignPath();
    open->setEnabled(!reference.isEmpty());
    open->setToolTip(reference.isEmpty() ? tr("The reference design is not installed.") : reference);
    connect(open, &QPushButton::clicked, this, [this, reference] {
        Q_EMIT openReferenceDesignRequested(reference);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 720);
    m_browser->setFocus();
}

QString GettingStartedDialog::guidePage(const QString &language)
{
    const QString localized = QStringLiteral(":/help/getting-started_") + language + QStringLiteral(".html");
    return QFileInfo::exists(localized) ? localized : QStringLiteral(":/help/getting-started.html");
}

QString GettingStartedDialog::referenceDesignPath()
{
    QStringList candidates{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/") + ReferenceDesign};
    candidates += QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, ReferenceDesign);
    candidates += QStringLiteral(INFRA_STUDIO_SOURCE_DIR "/resources/examples/django-reference.infra.yaml");
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace Infra
