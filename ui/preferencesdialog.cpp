#include "preferencesdialog.h"

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

    auto *form = new QFormLayout(this);
    form->addRow(tr("Canvas:"), m_snap);
    form->addRow(QString(), m_grid);
    form->addRow(tr("Autosave for recovery every:"), m_autosave);
    form->addRow(tr("&Language:"), m_language);
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
    QDialog::accept();
}

} // namespace Infra
