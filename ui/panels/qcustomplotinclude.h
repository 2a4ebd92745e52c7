#pragma once

// qcustomplot.h is written with Qt's keywords (signals, slots, emit, foreach), which the
// project's strict defines (QT_NO_KEYWORDS, QT_NO_FOREACH) switch off. Include it through
// this header, which maps them for the library's header only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach(declaration, container) for (declaration : container)
#include <qcustomplot.h>
#undef foreach
#undef emit
#undef slots
#undef signals
