#pragma once

#include <QStringList>

class QMimeData;
class QUndoCommand;

namespace Infra {

class Document;

// Copy and paste of components: the selection (with the links among its members) as
// "application/x-infra-components" JSON; paste gives every component a new id, offsets it
// and returns one AddComponents command.
class ComponentClipboard
{
public:
    static QString mimeType() { return QStringLiteral("application/x-infra-components"); }

    static QMimeData *copy(const Document &document, const QStringList &ids);
    static bool canPaste(const QMimeData *mime);
    // Null when the data holds no components.
    static QUndoCommand *paste(Document *document, const QMimeData *mime, qreal offset = 40);
};

} // namespace Infra
