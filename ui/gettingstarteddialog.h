#pragma once

#include <QDialog>

class QTextBrowser;

namespace Infra {

// Help → Getting started: the five-minute guide (open the reference design, change the web
// task count, read the findings, look at the Terraform, export) shown in the UI language,
// with a button that asks the main window to open the reference design. The pages are
// resources/help/getting-started[_<lang>].html, embedded as :/help/.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    // The guide for `language` ("de"), falling back to English.
    static QString guidePage(const QString &language);
    // The reference design shipped with the studio: installed next to the executable
    // (../share/infra-studio/examples), in the XDG data directories, or in the source tree
    // of a development build. Empty when none is found.
    static QString referenceDesignPath();

Q_SIGNALS:
    void openReferenceDesignRequested(const QString &path);

private:
    QTextBrowser *m_browser;
};

} // namespace Infra
