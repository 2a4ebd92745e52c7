<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Infra::ApplyDecisionDialog</name>
    <message numerus="yes">
        <source>Terraform: %n file(s) change (+%1 −%2 lines).</source>
        <translation>
            <numerusform>Terraform: %n file changes (+%1 −%2 lines).</numerusform>
            <numerusform>Terraform: %n files change (+%1 −%2 lines).</numerusform>
        </translation>
    </message>
</context>
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
    <name>Infra::Cli::ExportCommand</name>
    <message numerus="yes">
        <source>WARNING: the design FAILS %n review item(s); these files are not ready for production:</source>
        <translation>
            <numerusform>WARNING: the design FAILS %n review item; these files are not ready for production:</numerusform>
            <numerusform>WARNING: the design FAILS %n review items; these files are not ready for production:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WARNING: exported a design that FAILS %n review item(s) (see above; infra-studio-cli check lists them)</source>
        <translation>
            <numerusform>WARNING: exported a design that FAILS %n review item (see above; infra-studio-cli check lists it)</numerusform>
            <numerusform>WARNING: exported a design that FAILS %n review items (see above; infra-studio-cli check lists them)</numerusform>
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
    <message numerus="yes">
        <source>reader endpoint: %n reader(s), %1 connections on top of the writer&apos;s</source>
        <translation>
            <numerusform>reader endpoint: %n reader, %1 connections on top of the writer&apos;s</numerusform>
            <numerusform>reader endpoint: %n readers, %1 connections on top of the writer&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::CompareDialog</name>
    <message numerus="yes">
        <source>%1 → %2: %n change(s). Monthly cost at desired scale %3 → %4 (%5), at maximum %6 → %7 (%8).</source>
        <translation>
            <numerusform>%1 → %2: %n change. Monthly cost at desired scale %3 → %4 (%5), at maximum %6 → %7 (%8).</numerusform>
            <numerusform>%1 → %2: %n changes. Monthly cost at desired scale %3 → %4 (%5), at maximum %6 → %7 (%8).</numerusform>
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
    <message numerus="yes">
        <source>writer + %n reader(s)%1</source>
        <translation>
            <numerusform>writer + %n reader%1</numerusform>
            <numerusform>writer + %n readers%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n schedule</numerusform>
            <numerusform>%n schedules</numerusform>
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
