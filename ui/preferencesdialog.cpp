#include "preferencesdialog.h"

#include "appearance.h"
#include "canvascontroller.h"
#include "canvaswidget.h"
#include "mainwindow.h"
#include "recoverymanager.h"
#include "translation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

namespace Infra {

PreferencesDialog::PreferencesDialog(MainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_snap(new QCheckBox(tr("Snap nodes to the grid while dragging"), this))
    , m_grid(new QCheckBox(tr("Show the grid"), this))
    , m_autosave(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_snap->setChecked(window->canvas()->controller()->snapToGrid());
    m_grid->setChecked(window->canvas()->controller()->gridVisible());
    m_autosave->setRange(5, 600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(window->recovery()->interval() / 1000);

    // The language is read once at start (installTranslations in main), so a change
    // takes effect on the next start.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(nativeLanguageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(QStringLiteral("ui/language")).toString())));
    m_language->setToolTip(tr("Takes effect the next time Infra Studio starts."));

    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearance->addItem(tr("System"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(Appearance::current())));
    m_appearance->setToolTip(tr("The colours of the window, the canvas, the charts and the preview. Takes effect at once."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Canvas:"), m_snap);
    form->addRow(QString(), m_grid);
    form->addRow(tr("Autosave for recovery every:"), m_autosave);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("A&ppearance:"), m_appearance);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    m_window->canvas()->controller()->setSnapToGrid(m_snap->isChecked());
    m_window->canvas()->controller()->setGridVisible(m_grid->isChecked());
    m_window->recovery()->setInterval(m_autosave->value() * 1000);
    QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), m_autosave->value());
    QSettings().setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    const QString appearance = m_appearance->currentData().toString();
    QSettings().setValue(QLatin1String(Appearance::settingsKey), appearance);
    Appearance::apply(appearance);
    QDialog::accept();
}

} // namespace Infra
