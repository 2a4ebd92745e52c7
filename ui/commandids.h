#pragma once

namespace Infra {

// Merge ids of undo commands (QUndoCommand::id()): commands with the same id may merge,
// so that a drag or a slider sweep becomes one undo step. Every mergeable command takes
// its id from here.
enum class CommandId {
    MoveComponents = 1,
    ChangeComponentProperty,
    RenameComponent,
    ChangeSectionValue,
    ApplyScenario,
};

} // namespace Infra
