#pragma once

#include <QString>
#include <QStringList>

namespace Infra {

// The colour scheme of the whole application: the platform's own ("system"), or Fusion
// with a light or a dark palette. Stored in QSettings under "ui/appearance"; applied at
// start by the main window and at once by Preferences. Widgets that draw their own
// colours (canvas, charts, highlighted preview) follow through QEvent::PaletteChange.
namespace Appearance {

inline constexpr const char *settingsKey = "ui/appearance";

QStringList choices();            // "system", "light", "dark"
QString current();                // the one in effect
void apply(const QString &choice); // unknown choices fall back to "system"
bool isDark();                    // the application palette is a dark one

} // namespace Appearance
} // namespace Infra
