#pragma once

#include <QToolBar>

class QLabel;
class QLineEdit;

namespace Infra {

class Design;
class MainWindow;

// Edit → Find (Ctrl+F): a bar above the canvas that finds components by name, kind ("redis",
// "ECS worker") or id. Typing selects every match and centres the view on the first; Enter
// (F3) moves to the next, Shift+Enter to the previous; Escape closes the bar and returns to
// the canvas.
class CanvasSearch : public QToolBar
{
    Q_OBJECT

public:
    explicit CanvasSearch(MainWindow *window);

    QLineEdit *field() const { return m_field; }
    // The ids of the components that match `text` (case-insensitive, in design order).
    static QStringList matches(const Design &design, const QString &text);
    // Opens the bar with the field focused.
    void open();
    // Centres on the next (or previous) match.
    void step(bool forward);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void close();

    MainWindow *m_window;
    QLineEdit *m_field;
    QLabel *m_count;
    QStringList m_matches;
    int m_current = -1;
};

} // namespace Infra
