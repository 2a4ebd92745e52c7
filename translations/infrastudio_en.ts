<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Infra::CanvasController</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::Cli::CapacityCommand</name>
    <message numerus="yes">
        <source>Sized for the workload: %n change(s), written to %1</source>
        <translation>
            <numerusform>Sized for the workload: %n change, written to %1</numerusform>
            <numerusform>Sized for the workload: %n changes, written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::CanvasSearch</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::Cli::FindingsReport</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::Cli::PoolsCommand</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; fits the budget up to %n tasks</source>
        <translation>
            <numerusform>; fits the budget up to %n task</numerusform>
            <numerusform>; fits the budget up to %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::DocumentManager</name>
    <message numerus="yes">
        <source>“%1” could not be opened: %n problem(s) found. The current design is unchanged.</source>
        <translation>
            <numerusform>“%1” could not be opened: %n problem found. The current design is unchanged.</numerusform>
            <numerusform>“%1” could not be opened: %n problems found. The current design is unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::ExportDialog</name>
    <message numerus="yes">
        <source>%n generated file(s) changed on disk since the last export:</source>
        <translation>
            <numerusform>%n generated file changed on disk since the last export:</numerusform>
            <numerusform>%n generated files changed on disk since the last export:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::FindingsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::InspectorPanel</name>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) per task</source>
        <translation>
            <numerusform>%n connection per task</numerusform>
            <numerusform>%n connections per task</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::NodeVisual</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)%1</source>
        <translation>
            <numerusform>%n replica%1</numerusform>
            <numerusform>%n replicas%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::SizeForWorkload</name>
    <message numerus="yes">
        <source>%n parameter(s) change.</source>
        <translation>
            <numerusform>%n parameter changes.</numerusform>
            <numerusform>%n parameters change.</numerusform>
        </translation>
    </message>
</context>
</TS>
