#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Infra {

class MainWindow;

// Studio preferences: canvas grid and snapping, autosave interval, UI language, appearance. Stored in QSettings
// and applied to the window on OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(MainWindow *window);

    void accept() override;

private:
    MainWindow *m_window;
    QCheckBox *m_snap;
    QCheckBox *m_grid;
    QSpinBox *m_autosave;
    QComboBox *m_language;
    QComboBox *m_appearance;
};

} // namespace Infra
