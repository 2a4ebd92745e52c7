#pragma once

#include <QString>

class QPrinter;

namespace Infra {

struct DesignDiff;
class MainWindow;

// File → Export Report… and File → Print…: the review report of the window's design
// (ReportRenderer, the same bytes as `infra-studio-cli report`), with the comparison of the
// compare dialog that is open, if any.
class ReportExport
{
public:
    // Asks for a file (*.html or *.pdf) unless `path` is given, writes the report there;
    // false (with a message box unless `quiet`) when it could not be written or was cancelled.
    static bool exportReport(MainWindow *window, const QString &path = {}, bool quiet = false);
    // The print dialog, then the report on the chosen printer.
    static void print(MainWindow *window);
    // Lays the report out on `printer` (tests print to a PDF file with it).
    static void printTo(MainWindow *window, QPrinter *printer);
    // The comparison of the newest visible compare dialog of `window`, nullptr when none is open.
    static const DesignDiff *openComparison(MainWindow *window);
};

} // namespace Infra
