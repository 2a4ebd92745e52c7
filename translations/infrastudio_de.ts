<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Canvas</name>
    <message>
        <source>Drag components from the palette onto the canvas</source>
        <translation>Ziehen Sie Komponenten aus der Palette auf die Arbeitsfläche</translation>
    </message>
    <message>
        <source>Design canvas</source>
        <translation>Arbeitsfläche des Entwurfs</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab select the next and previous component, Enter edits it in the inspector, Escape clears the selection, arrow keys pan</source>
        <translation>Tab und Umschalt+Tab wählen die nächste und vorige Komponente, Eingabe bearbeitet sie in den Eigenschaften, Escape hebt die Auswahl auf, die Pfeiltasten verschieben die Ansicht</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Minikarte</translation>
    </message>
    <message>
        <source>The whole design small, shown while part of it is out of view; click or drag to move the view there</source>
        <translation>Der ganze Entwurf verkleinert, angezeigt, solange ein Teil außerhalb der Ansicht liegt; klicken oder ziehen, um die Ansicht dorthin zu bewegen</translation>
    </message>
</context>
<context>
    <name>Infra::ApplyDecisionDialog</name>
    <message>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
    <message>
        <source>Monthly cost at desired scale: %1 → %2 (%3); at maximum %4 → %5 (%6).</source>
        <translation>Monatliche Kosten bei gewünschter Größe: %1 → %2 (%3); im Maximum %4 → %5 (%6).</translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 resolved.</source>
        <translation>Befunde: %1 neu, %2 behoben.</translation>
    </message>
    <message numerus="yes">
        <source>Terraform: %n file(s) change (+%1 −%2 lines).</source>
        <translation>
            <numerusform>Terraform: %n Datei ändert sich (+%1 −%2 Zeilen).</numerusform>
            <numerusform>Terraform: %n Dateien ändern sich (+%1 −%2 Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Convert the design from %1 to %2 as one undo step.</source>
        <translation>Den Entwurf in einem Rückgängig-Schritt von %1 auf %2 umstellen.</translation>
    </message>
    <message>
        <source>What the conversion changes</source>
        <translation>Was die Umstellung ändert</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen …</translation>
    </message>
    <message>
        <source>The full comparison, as File → Compare shows it</source>
        <translation>Der vollständige Vergleich, wie ihn Datei → Vergleichen zeigt</translation>
    </message>
    <message>
        <source>current design</source>
        <translation>aktueller Entwurf</translation>
    </message>
    <message>
        <source>after the conversion</source>
        <translation>nach der Umstellung</translation>
    </message>
</context>
<context>
    <name>Infra::CanvasController</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
</context>
<context>
    <name>Infra::CanvasLegend</name>
    <message>
        <source>Network connection (port · purpose)</source>
        <translation>Netzwerkverbindung (Port · Zweck)</translation>
    </message>
    <message>
        <source>Link drawn in the design</source>
        <translation>Im Entwurf gezeichnete Verbindung</translation>
    </message>
    <message>
        <source>AWS API access (IAM)</source>
        <translation>Zugriff auf die AWS-API (IAM)</translation>
    </message>
</context>
<context>
    <name>Infra::CanvasSearch</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find a component by name, kind or id</source>
        <translation>Komponente nach Name, Art oder ID suchen</translation>
    </message>
    <message>
        <source>Find components</source>
        <translation>Komponenten suchen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabetaste, F3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Infra::CanvasWidget</name>
    <message>
        <source>Remove Link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Suppress Connection</source>
        <translation>Verbindung unterdrücken</translation>
    </message>
</context>
<context>
    <name>Infra::Capacity</name>
    <message>
        <source>Requests in service at peak (max tasks)</source>
        <translation>Anfragen in Bearbeitung zur Spitze (max. Tasks)</translation>
    </message>
    <message>
        <source>CPU at peak (max tasks)</source>
        <translation>CPU zur Spitze (max. Tasks)</translation>
    </message>
    <message>
        <source>p95 response time at peak</source>
        <translation>p95-Antwortzeit zur Spitze</translation>
    </message>
    <message>
        <source>Memory per task</source>
        <translation>Speicher pro Task</translation>
    </message>
    <message>
        <source>Busy slots at peak (max tasks)</source>
        <translation>Belegte Slots zur Spitze (max. Tasks)</translation>
    </message>
    <message>
        <source>Burst drain time at max tasks</source>
        <translation>Abbauzeit einer Lastspitze bei max. Tasks</translation>
    </message>
    <message>
        <source>Storage in %1 months</source>
        <translation>Speicher in %1 Monaten</translation>
    </message>
    <message>
        <source>IOPS at peak</source>
        <translation>IOPS zur Spitze</translation>
    </message>
    <message>
        <source>Working set in memory</source>
        <translation>Working Set im Speicher</translation>
    </message>
    <message>
        <source>pgBouncer clients at the sized task counts</source>
        <translation>pgBouncer-Clients bei den bemessenen Task-Zahlen</translation>
    </message>
    <message>
        <source>Connections at the sized task counts</source>
        <translation>Verbindungen bei den bemessenen Task-Zahlen</translation>
    </message>
    <message>
        <source>Memory (cache, sessions, broker backlog)</source>
        <translation>Speicher (Cache, Sitzungen, Broker-Rückstau)</translation>
    </message>
    <message>
        <source>Client connections at max scale</source>
        <translation>Client-Verbindungen bei maximaler Skalierung</translation>
    </message>
</context>
<context>
    <name>Infra::CapacityChart</name>
    <message>
        <source>Size for Workload…</source>
        <translation>Für die Last bemessen…</translation>
    </message>
    <message>
        <source>peak requests/s</source>
        <translation>Anfragen/s zur Spitze</translation>
    </message>
    <message>
        <source>utilisation at peak (%)</source>
        <translation>Auslastung zur Spitze (%)</translation>
    </message>
    <message>
        <source>sized design, $ / month</source>
        <translation>bemessener Entwurf, $ / Monat</translation>
    </message>
    <message>
        <source>Capacity chart</source>
        <translation>Kapazitätsdiagramm</translation>
    </message>
    <message>
        <source>Utilisation of each tier at peak as traffic grows, where each saturates, and the monthly cost of the design sized for that traffic</source>
        <translation>Auslastung jeder Schicht zur Spitze bei wachsendem Verkehr, wo jede sättigt, und die monatlichen Kosten des für diesen Verkehr bemessenen Entwurfs</translation>
    </message>
    <message>
        <source>Peak traffic as a share of the workload&apos;s: moves the marker; the design does not change</source>
        <translation>Spitzenverkehr als Anteil dessen der Last: verschiebt die Markierung; der Entwurf ändert sich nicht</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Capacity at the chosen traffic</source>
        <translation>Kapazität beim gewählten Verkehr</translation>
    </message>
    <message>
        <source>Utilisation of each tier and the sized design&apos;s cost at the slider&apos;s traffic</source>
        <translation>Auslastung jeder Schicht und Kosten des bemessenen Entwurfs beim Verkehr des Schiebereglers</translation>
    </message>
    <message>
        <source>Set task counts, sizes, instance class, storage and node type to the smallest that carry the workload; shows the cost delta first</source>
        <translation>Task-Zahlen, Größen, Instanzklasse, Speicher und Knotentyp auf das Kleinste setzen, das die Last trägt; zeigt zuerst die Kostendifferenz</translation>
    </message>
    <message>
        <source>Size for Workload</source>
        <translation>Für die Last bemessen</translation>
    </message>
    <message>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>Celery</translation>
    </message>
    <message>
        <source>database IOPS</source>
        <translation>Datenbank-IOPS</translation>
    </message>
    <message>
        <source>database connections</source>
        <translation>Datenbankverbindungen</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Redis-Speicher</translation>
    </message>
    <message>
        <source>%1 (100 % at %2 req/s)</source>
        <translation>%1 (100 % bei %2 Anfr./s)</translation>
    </message>
    <message>
        <source>cost of the sized design</source>
        <translation>Kosten des bemessenen Entwurfs</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>At %1 % of the workload (%2 req/s peak): %3.</source>
        <translation>Bei %1 % der Last (%2 Anfr./s zur Spitze): %3.</translation>
    </message>
    <message>
        <source>Sized for it: about %1 a month.</source>
        <translation>Dafür bemessen: etwa %1 im Monat.</translation>
    </message>
</context>
<context>
    <name>Infra::CeleryRoutesEditor</name>
    <message>
        <source>Task name or pattern</source>
        <translation>Aufgabenname oder Muster</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Celery routes</source>
        <translation>Celery-Routen</translation>
    </message>
    <message>
        <source>Task name or pattern and queue, in the order Celery tries them; the first match wins</source>
        <translation>Aufgabenname oder Muster und Queue, in der Reihenfolge, in der Celery sie prüft; der erste Treffer gilt</translation>
    </message>
    <message>
        <source>Add a route at the end; edit its pattern and queue in the table</source>
        <translation>Eine Route am Ende hinzufügen; Muster und Queue in der Tabelle bearbeiten</translation>
    </message>
    <message>
        <source>Move the selected route up: Celery tries routes from the top</source>
        <translation>Die gewählte Route nach oben verschieben: Celery prüft die Routen von oben</translation>
    </message>
    <message>
        <source>Move the selected route down</source>
        <translation>Die gewählte Route nach unten verschieben</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>Infra::ChangeCeleryRoutes</name>
    <message>
        <source>A route needs a task name or pattern (myapp.tasks.send_email, myapp.tasks.*)</source>
        <translation>Eine Route braucht einen Aufgabennamen oder ein Muster (myapp.tasks.send_email, myapp.tasks.*)</translation>
    </message>
    <message>
        <source>A task name or pattern has no spaces: &apos;%1&apos;</source>
        <translation>Ein Aufgabenname oder Muster enthält keine Leerzeichen: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A route needs a queue</source>
        <translation>Eine Route braucht eine Queue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a queue name: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>&apos;%1&apos; ist kein Queue-Name: nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>Add Celery Route</source>
        <translation>Celery-Route hinzufügen</translation>
    </message>
    <message>
        <source>Remove Celery Route</source>
        <translation>Celery-Route entfernen</translation>
    </message>
    <message>
        <source>Move Celery Route Up</source>
        <translation>Celery-Route nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Celery Route Down</source>
        <translation>Celery-Route nach unten verschieben</translation>
    </message>
    <message>
        <source>Move Celery Route</source>
        <translation>Celery-Route verschieben</translation>
    </message>
    <message>
        <source>Edit Celery Route</source>
        <translation>Celery-Route bearbeiten</translation>
    </message>
</context>
<context>
    <name>Infra::ChangeScenarios</name>
    <message>
        <source>A scenario needs a name</source>
        <translation>Ein Szenario braucht einen Namen</translation>
    </message>
    <message>
        <source>The what-if is the design: change a value first</source>
        <translation>Das Was-wäre-wenn ist der Entwurf: zuerst einen Wert ändern</translation>
    </message>
    <message>
        <source>Update Scenario %1</source>
        <translation>Szenario %1 aktualisieren</translation>
    </message>
    <message>
        <source>Save Scenario %1</source>
        <translation>Szenario %1 speichern</translation>
    </message>
    <message>
        <source>There is already a scenario named &apos;%1&apos;</source>
        <translation>Es gibt bereits ein Szenario namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Rename Scenario %1</source>
        <translation>Szenario %1 umbenennen</translation>
    </message>
    <message>
        <source>Delete Scenario %1</source>
        <translation>Szenario %1 löschen</translation>
    </message>
</context>
<context>
    <name>Infra::Choices</name>
    <message>
        <source>transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statische Dateien</translation>
    </message>
    <message>
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>provisioned</source>
        <translation>bereitgestellt</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>valkey</source>
        <translation>Valkey</translation>
    </message>
    <message>
        <source>redis</source>
        <translation>Redis</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::CapacityCommand</name>
    <message>
        <source>Capacity: %1 (%2), target utilisation %3 %</source>
        <translation>Kapazität: %1 (%2), Zielauslastung %3 %</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>what</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>used</source>
        <translation>genutzt</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>ÜBER</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>über dem Ziel</translation>
    </message>
    <message>
        <source>%1: %2 × %3 per task at %4 req/s peak → tasks needed: %5 (average %6); p95 ≈ %7 ms of %8 ms</source>
        <translation>%1: %2 × %3 pro Task bei %4 Anfr./s zur Spitze → nötige Tasks: %5 (Durchschnitt %6); p95 ≈ %7 ms von %8 ms</translation>
    </message>
    <message>
        <source>%1: %2 tasks/s peak × %3 s → tasks needed: %4 (average %5); burst drains in %6 min; wait at the scaling target %7 s</source>
        <translation>%1: %2 Tasks/s zur Spitze × %3 s → nötige Tasks: %4 (Durchschnitt %5); Lastspitze abgebaut in %6 min; Wartezeit beim Skalierungsziel %7 s</translation>
    </message>
    <message>
        <source>No capacity findings: every tier carries the workload.</source>
        <translation>Keine Kapazitätsbefunde: jede Schicht trägt die Last.</translation>
    </message>
    <message numerus="yes">
        <source>Sized for the workload: %n change(s), written to %1</source>
        <translation>
            <numerusform>Für die Last bemessen: %n Änderung, geschrieben nach %1</numerusform>
            <numerusform>Für die Last bemessen: %n Änderungen, geschrieben nach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Monthly cost at desired scale: %1 → %2 (%3); at maximum scale: %4 → %5 (%6)</source>
        <translation>Monatliche Kosten bei gewünschter Skalierung: %1 → %2 (%3); bei maximaler Skalierung: %4 → %5 (%6)</translation>
    </message>
    <message>
        <source>Shows the capacity model of a design: what the workload profile asks of the web tier, each Celery
worker group, the database and Redis, against what the design provides, and the capacity findings.
With --fit -o OUT it writes the design sized for its workload (task counts, task sizes, instance
class, storage, IOPS and node type) and shows the cost delta.
Exit code: 0 when every tier carries the workload, 1 when a capacity finding is an error or the
design is invalid, 2 on a usage error or unreadable file.</source>
        <translation>Zeigt das Kapazitätsmodell eines Entwurfs: was das Lastprofil von der Web-Schicht, jeder Celery-
Worker-Gruppe, der Datenbank und Redis verlangt, gegenüber dem, was der Entwurf bereitstellt, und die Kapazitätsbefunde.
Mit --fit -o OUT schreibt er den für seine Last bemessenen Entwurf (Task-Zahlen, Task-Größen, Instanz-
klasse, Speicher, IOPS und Knotentyp) und zeigt die Kostendifferenz.
Exit-Code: 0, wenn jede Schicht die Last trägt, 1, wenn ein Kapazitätsbefund ein Fehler oder der
Entwurf ungültig ist, 2 bei einem Bedienfehler oder einer unlesbaren Datei.</translation>
    </message>
    <message>
        <source>Design file (*.infra.yaml).</source>
        <translation>Entwurfsdatei (*.infra.yaml).</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>Size the design for its workload (needs -o).</source>
        <translation>Den Entwurf für seine Last bemessen (braucht -o).</translation>
    </message>
    <message>
        <source>Where --fit writes the sized design.</source>
        <translation>Wohin --fit den bemessenen Entwurf schreibt.</translation>
    </message>
    <message>
        <source>give exactly one design file</source>
        <translation>genau eine Entwurfsdatei angeben</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (table or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; (table oder json)</translation>
    </message>
    <message>
        <source>--fit and -o go together</source>
        <translation>--fit und -o gehören zusammen</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::CheckCommand</name>
    <message>
        <source>Loads each design file and reports every problem as file:line:column: message.
Exit code: 0 when every file is valid, 1 when a design is invalid or has findings with errors, 2 on a usage error or an unreadable file.</source>
        <translation>Lädt jede Entwurfsdatei und meldet jedes Problem als Datei:Zeile:Spalte: Meldung.
Exit-Code: 0, wenn jede Datei gültig ist, 1, wenn ein Entwurf ungültig ist oder Befunde mit Fehlern hat, 2 bei einem Aufruffehler oder einer unlesbaren Datei.</translation>
    </message>
    <message>
        <source>Design files (*.infra.yaml).</source>
        <translation>Entwurfsdateien (*.infra.yaml).</translation>
    </message>
    <message>
        <source>Print nothing for valid files.</source>
        <translation>Für gültige Dateien nichts ausgeben.</translation>
    </message>
    <message>
        <source>no design file given</source>
        <translation>keine Entwurfsdatei angegeben</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: in Ordnung</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (text or json)</source>
        <translation>unbekanntes --format &apos;%1&apos; (text oder json)</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::CliCommand</name>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Mehr dazu mit &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::Commands</name>
    <message>
        <source>Load and validate design files; report errors as file:line:column: message</source>
        <translation>Entwurfsdateien laden und prüfen; Fehler als Datei:Zeile:Spalte: Meldung ausgeben</translation>
    </message>
    <message>
        <source>Monthly cost estimate with line items, scenarios (--set, --compare) and savings (--suggest)</source>
        <translation>Monatliche Kostenschätzung mit Einzelposten, Szenarien (--set, --compare) und Einsparungen (--suggest)</translation>
    </message>
    <message>
        <source>Write the Terraform, documents and configs of a design</source>
        <translation>Terraform, Dokumente und Konfigurationen eines Entwurfs schreiben</translation>
    </message>
    <message>
        <source>Rewrite designs in the canonical form the studio saves</source>
        <translation>Entwürfe in die kanonische Form umschreiben, in der das Studio speichert</translation>
    </message>
    <message>
        <source>Show the connection-pool calculation at desired and maximum scale</source>
        <translation>Die Verbindungspool-Berechnung bei gewünschter und maximaler Skalierung zeigen</translation>
    </message>
    <message>
        <source>Draw the architecture diagram of a design (SVG or PNG)</source>
        <translation>Das Architekturdiagramm eines Entwurfs zeichnen (SVG oder PNG)</translation>
    </message>
    <message>
        <source>Print the design format&apos;s keys, units, ranges and defaults (Markdown)</source>
        <translation>Schlüssel, Einheiten, Wertebereiche und Vorgaben des Entwurfsformats ausgeben (Markdown)</translation>
    </message>
    <message>
        <source>Show the capacity model of a design, or size it for its workload</source>
        <translation>Das Kapazitätsmodell eines Entwurfs zeigen oder ihn für seine Last bemessen</translation>
    </message>
    <message>
        <source>Compare two designs, or a design with a git revision (text, markdown, json)</source>
        <translation>Zwei Entwürfe vergleichen oder einen Entwurf mit einer Git-Revision (text, markdown, json)</translation>
    </message>
    <message>
        <source>Propose a design from a Django repository (read, never run)</source>
        <translation>Einen Entwurf aus einem Django-Repository vorschlagen (nur gelesen, nie ausgeführt)</translation>
    </message>
    <message>
        <source>Evaluate the playbook&apos;s five decision tables; --apply converts the design</source>
        <translation>Die fünf Entscheidungstabellen des Playbooks auswerten; --apply stellt den Entwurf um</translation>
    </message>
    <message>
        <source>Write the review report of a design (self-contained HTML or PDF)</source>
        <translation>Den Prüfbericht eines Entwurfs schreiben (eigenständiges HTML oder PDF)</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::CostCommand</name>
    <message>
        <source>Estimates the monthly AWS cost of a design (730 hours) at its minimum, desired and maximum
autoscaling, line by line, from the dated pricing catalog. Prices marked unverified in the
catalog are flagged. Exit code: 0 on success, 1 when a price is missing (unknown region,
instance class or node type) or the design is invalid, 2 on a usage error.</source>
        <translation>Schätzt die monatlichen AWS-Kosten eines Entwurfs (730 Stunden) bei minimaler, gewünschter und
maximaler Autoskalierung, Posten für Posten, aus dem datierten Preiskatalog. Im Katalog als
ungeprüft markierte Preise werden gekennzeichnet. Exit-Code: 0 bei Erfolg, 1, wenn ein Preis fehlt
(unbekannte Region, Instanzklasse oder Knotentyp) oder der Entwurf ungültig ist, 2 bei einem Aufruffehler.</translation>
    </message>
    <message>
        <source>Design file (*.infra.yaml).</source>
        <translation>Entwurfsdatei (*.infra.yaml).</translation>
    </message>
    <message>
        <source>Override a value: id.key=value (a component parameter), workload.key=value, network.key=value or region=… Repeatable.</source>
        <translation>Einen Wert überschreiben: id.key=value (ein Komponentenparameter), workload.key=value, network.key=value oder region=… Wiederholbar.</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Vorgabe), json oder csv.</translation>
    </message>
    <message>
        <source>Show the design and the --set scenario side by side with deltas.</source>
        <translation>Den Entwurf und das --set-Szenario nebeneinander mit Differenzen zeigen.</translation>
    </message>
    <message>
        <source>List savings suggestions with their monthly saving and trade-off.</source>
        <translation>Sparvorschläge mit monatlicher Einsparung und Nachteil auflisten.</translation>
    </message>
    <message>
        <source>Discounts to apply, comma separated: sp-1y, sp-3y (Compute Savings Plan on the Fargate baseline), rds-ri, cache-ri (1-year No Upfront reservations), free-tier (always-free allowances), all, none.</source>
        <translation>Anzuwendende Rabatte, durch Kommas getrennt: sp-1y, sp-3y (Compute Savings Plan für die Fargate-Grundlast), rds-ri, cache-ri (1-Jahres-Reservierungen ohne Vorauszahlung), free-tier (dauerhaft kostenlose Kontingente), all, none.</translation>
    </message>
    <message>
        <source>Table format: component totals only, no line items.</source>
        <translation>Tabellenformat: nur Summen je Komponente, keine Einzelposten.</translation>
    </message>
    <message>
        <source>Read the pricing catalog from DIR instead of the built-in copy.</source>
        <translation>Den Preiskatalog aus DIR statt aus der eingebauten Kopie lesen.</translation>
    </message>
    <message>
        <source>give exactly one design file</source>
        <translation>genau eine Entwurfsdatei angeben</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (table, json or csv)</source>
        <translation>unbekanntes Format &apos;%1&apos; (table, json oder csv)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>CSV format: put a &apos;# catalog …&apos; comment line before the header row.</source>
        <translation>CSV-Format: eine Kommentarzeile &apos;# catalog …&apos; vor die Kopfzeile setzen.</translation>
    </message>
    <message>
        <source>--suggest is not available with --format csv; use --format json or table</source>
        <translation>--suggest gibt es nicht mit --format csv; --format json oder table verwenden</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2</source>
        <translation>Szenario &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>USD per month; catalog %1 (%2).</source>
        <translation>USD pro Monat; Katalog %1 (%2).</translation>
    </message>
    <message>
        <source>Apply the overrides of a scenario saved in the design (before any --set).</source>
        <translation>Die Überschreibungen eines im Entwurf gespeicherten Szenarios anwenden (vor jedem --set).</translation>
    </message>
    <message>
        <source>Show the design and every scenario saved in it side by side (table or json).</source>
        <translation>Den Entwurf und jedes darin gespeicherte Szenario nebeneinander zeigen (table oder json).</translation>
    </message>
    <message>
        <source>--scenarios stands alone (table or json format)</source>
        <translation>--scenarios lässt sich mit nichts anderem kombinieren (Format table oder json)</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in %2 (saved: %3)</source>
        <translation>kein Szenario &apos;%1&apos; in %2 (gespeichert: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>--compare needs at least one --set or a --scenario</source>
        <translation>--compare benötigt mindestens ein --set oder ein --scenario</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::DecideCommand</name>
    <message>
        <source>Decisions: %1 (%2)</source>
        <translation>Entscheidungen: %1 (%2)</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>recommended: %1</source>
        <translation>empfohlen: %1</translation>
    </message>
    <message>
        <source>the design:  %1</source>
        <translation>der Entwurf:  %1</translation>
    </message>
    <message>
        <source>either</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>threshold: %1</source>
        <translation>Schwellenwert: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>cost with %1: %2 USD a month at desired scale instead of %3 (%4; minimum %5, maximum %6)</source>
        <translation>Kosten mit %1: %2 USD im Monat bei gewünschter Größe statt %3 (%4; Minimum %5, Maximum %6)</translation>
    </message>
    <message>
        <source>cost delta: not modelled (%1)</source>
        <translation>Kostendifferenz: nicht modelliert (%1)</translation>
    </message>
    <message>
        <source>apply: infra-studio-cli decide %1 --apply %2 -o OUT</source>
        <translation>anwenden: infra-studio-cli decide %1 --apply %2 -o OUT</translation>
    </message>
    <message>
        <source>no Apply: %1</source>
        <translation>kein Anwenden: %1</translation>
    </message>
    <message>
        <source>cannot apply &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht angewendet werden: %2</translation>
    </message>
    <message>
        <source>Applied %1 to %2: %3; wrote %4</source>
        <translation>%1 auf %2 angewendet: %3; %4 geschrieben</translation>
    </message>
    <message>
        <source>Monthly cost at desired scale: %1 USD -&gt; %2 USD (%3)</source>
        <translation>Monatliche Kosten bei gewünschter Größe: %1 USD -&gt; %2 USD (%3)</translation>
    </message>
    <message>
        <source>Evaluates the playbook&apos;s five decision tables on each design: horizontal vs vertical scaling, Celery Beat vs EventBridge Scheduler, RDS vs Aurora PostgreSQL, ElastiCache vs MemoryDB, ECS Fargate vs EKS. Each factor row shows this design&apos;s value, the threshold and its source and the option it points to; then the recommendation, what the design does now and the cost delta between the options.
With --apply NAME -o OUT the conversion NAME (%1) is applied and the converted design written to OUT.
Exit code: 0 on success, 1 when a design is invalid or the conversion is refused, 2 on a usage error or a file that could not be read or written.</source>
        <translation>Wertet die fünf Entscheidungstabellen des Playbooks für jeden Entwurf aus: horizontale oder vertikale Skalierung, Celery Beat oder EventBridge Scheduler, RDS oder Aurora PostgreSQL, ElastiCache oder MemoryDB, ECS Fargate oder EKS. Jede Faktorzeile zeigt den Wert dieses Entwurfs, den Schwellenwert mit seiner Quelle und die Option, für die er spricht; danach folgen die Empfehlung, was der Entwurf jetzt tut, und die Kostendifferenz zwischen den Optionen.
Mit --apply NAME -o OUT wird die Umstellung NAME (%1) angewendet und der umgestellte Entwurf nach OUT geschrieben.
Exit-Code: 0 bei Erfolg, 1 wenn ein Entwurf ungültig ist oder die Umstellung abgelehnt wird, 2 bei einem Bedienungsfehler oder einer Datei, die nicht gelesen oder geschrieben werden konnte.</translation>
    </message>
    <message>
        <source>Design files (*.infra.yaml).</source>
        <translation>Entwurfsdateien (*.infra.yaml).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Apply the conversion NAME to the design.</source>
        <translation>Die Umstellung NAME auf den Entwurf anwenden.</translation>
    </message>
    <message>
        <source>With --apply: where to write the converted design.</source>
        <translation>Mit --apply: wohin der umgestellte Entwurf geschrieben wird.</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (text or json)</source>
        <translation>unbekanntes --format &apos;%1&apos; (text oder json)</translation>
    </message>
    <message>
        <source>no design file given</source>
        <translation>keine Entwurfsdatei angegeben</translation>
    </message>
    <message>
        <source>unknown conversion &apos;%1&apos; (%2)</source>
        <translation>unbekannte Umstellung &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>--apply needs one design file and -o OUT</source>
        <translation>--apply braucht genau eine Entwurfsdatei und -o OUT</translation>
    </message>
    <message>
        <source>-o is only used with --apply</source>
        <translation>-o wird nur mit --apply verwendet</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::DiffCommand</name>
    <message>
        <source>Compares two designs: settings, components and their parameters, links and Celery routes,
derived connections and security-group rules, findings, review items, the monthly cost line
by line, and the emitted Terraform, documents and configuration files (unified diffs).
With --rev, FILE as it was at a git revision is compared with FILE now (git from PATH).
Exit code: 0 when the designs are identical, 1 when they differ or one is invalid, 2 on a
usage error or an unreadable file.</source>
        <translation>Vergleicht zwei Entwürfe: Einstellungen, Komponenten und ihre Parameter, Verknüpfungen und Celery-Routen,
abgeleitete Verbindungen und Sicherheitsgruppenregeln, Befunde, Prüfpunkte, die monatlichen Kosten
Posten für Posten sowie das erzeugte Terraform, die Dokumente und Konfigurationsdateien (Unified Diffs).
Mit --rev wird FILE im Stand einer Git-Revision mit FILE im jetzigen Stand verglichen (git aus PATH).
Exit-Code: 0, wenn die Entwürfe gleich sind, 1, wenn sie sich unterscheiden oder einer ungültig ist,
2 bei einem Aufruffehler oder einer unlesbaren Datei.</translation>
    </message>
    <message>
        <source>The design before the change (*.infra.yaml).</source>
        <translation>Der Entwurf vor der Änderung (*.infra.yaml).</translation>
    </message>
    <message>
        <source>The design after the change (not with --rev).</source>
        <translation>Der Entwurf nach der Änderung (nicht mit --rev).</translation>
    </message>
    <message>
        <source>Output format: text (default), markdown or json.</source>
        <translation>Ausgabeformat: text (Vorgabe), markdown oder json.</translation>
    </message>
    <message>
        <source>Compare FILE at this git revision (before) with FILE now (after).</source>
        <translation>FILE im Stand dieser Git-Revision (vorher) mit FILE im jetzigen Stand (nachher) vergleichen.</translation>
    </message>
    <message>
        <source>Do not compare the emitted files (faster).</source>
        <translation>Die erzeugten Dateien nicht vergleichen (schneller).</translation>
    </message>
    <message>
        <source>List the changed emitted files without their line differences.</source>
        <translation>Die geänderten erzeugten Dateien ohne ihre Zeilenunterschiede auflisten.</translation>
    </message>
    <message>
        <source>Markdown: at most N lines of file differences in the comment (default 400).</source>
        <translation>Markdown: höchstens N Zeilen Dateiunterschiede im Kommentar (Vorgabe 400).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text, markdown or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; (text, markdown oder json)</translation>
    </message>
    <message>
        <source>--max-patch-lines needs a number of 0 or more</source>
        <translation>--max-patch-lines benötigt eine Zahl von 0 oder mehr</translation>
    </message>
    <message>
        <source>give exactly one design file with --rev</source>
        <translation>mit --rev genau eine Entwurfsdatei angeben</translation>
    </message>
    <message>
        <source>give two design files, or one with --rev</source>
        <translation>zwei Entwurfsdateien angeben oder eine mit --rev</translation>
    </message>
    <message>
        <source>file differences left out: %1</source>
        <translation>Dateiunterschiede ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::DiscoverCommand</name>
    <message>
        <source>Reads a Django repository without importing or running any of its code: dependencies, settings, Celery, processes (Dockerfiles, compose files, Procfiles) and existing Terraform. Prints a report of every fact with its file:line evidence and, with -o, writes the proposed design and the report (NAME.discovery.md and NAME.discovery.json) beside it.</source>
        <translation>Liest ein Django-Repository, ohne seinen Code zu importieren oder auszuführen: Abhängigkeiten, Einstellungen, Celery, Prozesse (Dockerfiles, Compose-Dateien, Procfiles) und vorhandenes Terraform. Gibt einen Bericht mit jedem Fakt und seinem Beleg als Datei:Zeile aus und schreibt mit -o den vorgeschlagenen Entwurf und daneben den Bericht (NAME.discovery.md und NAME.discovery.json).</translation>
    </message>
    <message>
        <source>The repository folder.</source>
        <translation>Der Ordner des Repositorys.</translation>
    </message>
    <message>
        <source>Write the proposed design to FILE and the report beside it.</source>
        <translation>Den vorgeschlagenen Entwurf nach FILE und den Bericht daneben schreiben.</translation>
    </message>
    <message>
        <source>Report format: text (Markdown) or json.</source>
        <translation>Berichtsformat: text (Markdown) oder json.</translation>
    </message>
    <message>
        <source>In a repository with several Django projects, the folder of the one to design.</source>
        <translation>Bei einem Repository mit mehreren Django-Projekten der Ordner des Projekts, für das entworfen wird.</translation>
    </message>
    <message>
        <source>Propose PostgreSQL when the project uses another database (MySQL, SQLite…).</source>
        <translation>PostgreSQL vorschlagen, wenn das Projekt eine andere Datenbank nutzt (MySQL, SQLite…).</translation>
    </message>
    <message>
        <source>Name of the design (default: the folder&apos;s name).</source>
        <translation>Name des Entwurfs (Vorgabe: der Name des Ordners).</translation>
    </message>
    <message>
        <source>give exactly one repository folder</source>
        <translation>genau einen Repository-Ordner angeben</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; (text oder json)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>Wrote %1, %2.md and %2.json</source>
        <translation>%1, %2.md und %2.json geschrieben</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::ExportCommand</name>
    <message>
        <source>Design file (*.infra.yaml).</source>
        <translation>Entwurfsdatei (*.infra.yaml).</translation>
    </message>
    <message>
        <source>Folder to write into (created when missing).</source>
        <translation>Zielordner (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Comma-separated parts to write: terraform, docs, config, diagram (default: all).</source>
        <translation>Zu schreibende Teile, durch Kommas getrennt: terraform, docs, config, diagram (Vorgabe: alle).</translation>
    </message>
    <message>
        <source>Print only the summary line.</source>
        <translation>Nur die Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>expected one design FILE and --out DIR</source>
        <translation>erwartet eine Entwurfsdatei FILE und --out DIR</translation>
    </message>
    <message>
        <source>the diagram needs a build with the GUI; skipped</source>
        <translation>das Diagramm braucht einen Build mit der grafischen Oberfläche; übersprungen</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 written, %2 changed, %3 unchanged in %4</source>
        <comment>files</comment>
        <translation>%1 geschrieben, %2 geändert, %3 unverändert in %4</translation>
    </message>
    <message>
        <source>Writes the Terraform root module, documents and configs of a design under DIR (terraform/, docs/, config/) and, in builds with the GUI, the diagram docs/architecture/diagram.svg and .png. The same design gives byte-identical files; each file is written atomically and only when it changed; files the export did not write are left alone. DIR/.infra-studio-export.json keeps the checksum of every file written, so that a file edited by hand since the last export is reported (and overwritten, unless --keep-edited).
Exit code: 0 on success (--check: nothing would change), 1 when the design is invalid (--check: files would be written or changed), 2 on a usage error or a file that could not be read or written.</source>
        <translation>Schreibt das Terraform-Root-Modul, die Dokumente und Konfigurationen eines Entwurfs unter DIR (terraform/, docs/, config/) und, in Builds mit der grafischen Oberfläche, das Diagramm docs/architecture/diagram.svg und .png. Derselbe Entwurf ergibt byte-gleiche Dateien; jede Datei wird atomar und nur bei einer Änderung geschrieben; Dateien, die der Export nicht geschrieben hat, bleiben unberührt. DIR/.infra-studio-export.json enthält die Prüfsumme jeder geschriebenen Datei, sodass eine seit dem letzten Export von Hand bearbeitete Datei gemeldet wird (und überschrieben, außer mit --keep-edited).
Exit-Code: 0 bei Erfolg (--check: nichts würde sich ändern), 1, wenn der Entwurf ungültig ist (--check: Dateien würden geschrieben oder geändert), 2 bei einem Aufruffehler oder einer Datei, die nicht gelesen oder geschrieben werden konnte.</translation>
    </message>
    <message>
        <source>Write nothing; list the files an export would write or change and exit 1 when there is any (a drift gate for CI).</source>
        <translation>Nichts schreiben; die Dateien auflisten, die ein Export schreiben oder ändern würde, und mit 1 enden, wenn es welche gibt (eine Drift-Prüfung für CI).</translation>
    </message>
    <message>
        <source>Leave files edited by hand since the last export as they are.</source>
        <translation>Seit dem letzten Export von Hand bearbeitete Dateien unverändert lassen.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>warning: %1 was edited by hand since the last export</source>
        <translation>Warnung: %1 wurde seit dem letzten Export von Hand bearbeitet</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged in %4</source>
        <comment>files</comment>
        <translation>%1 anzulegen, %2 zu ändern, %3 unverändert in %4</translation>
    </message>
    <message>
        <source>warning: %1 was edited by hand since the last export; kept as it is</source>
        <translation>Warnung: %1 wurde seit dem letzten Export von Hand bearbeitet; unverändert gelassen</translation>
    </message>
    <message>
        <source>warning: %1 was edited by hand since the last export; overwritten (--keep-edited keeps such files)</source>
        <translation>Warnung: %1 wurde seit dem letzten Export von Hand bearbeitet; überschrieben (--keep-edited behält solche Dateien)</translation>
    </message>
    <message>
        <source>removed %1, left by an interrupted write</source>
        <translation>%1 entfernt, von einem abgebrochenen Schreibvorgang übrig</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: the design FAILS %n review item(s); these files are not ready for production:</source>
        <translation>
            <numerusform>WARNUNG: Der Entwurf besteht %n Prüfpunkt NICHT; diese Dateien sind nicht bereit für die Produktion:</numerusform>
            <numerusform>WARNUNG: Der Entwurf besteht %n Prüfpunkte NICHT; diese Dateien sind nicht bereit für die Produktion:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WARNING: exported a design that FAILS %n review item(s) (see above; infra-studio-cli check lists them)</source>
        <translation>
            <numerusform>WARNUNG: Es wurde ein Entwurf exportiert, der %n Prüfpunkt NICHT besteht (siehe oben; infra-studio-cli check listet ihn auf)</numerusform>
            <numerusform>WARNUNG: Es wurde ein Entwurf exportiert, der %n Prüfpunkte NICHT besteht (siehe oben; infra-studio-cli check listet sie auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::FindingsReport</name>
    <message>
        <source>[passed]</source>
        <translation>[bestanden]</translation>
    </message>
    <message>
        <source>[FAILED]</source>
        <translation>[NICHT BESTANDEN]</translation>
    </message>
    <message>
        <source>[n/a]</source>
        <translation>[n. b.]</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <comment>file: 2 errors, 1 warning, 3 notes</comment>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: review: %2 passed, %3 failed, %4 not evaluated</source>
        <translation>%1: Prüfbericht: %2 bestanden, %3 nicht bestanden, %4 nicht bewertet</translation>
    </message>
    <message>
        <source>Quality standards</source>
        <translation>Qualitätsstandards</translation>
    </message>
    <message>
        <source>Self-verification checklist</source>
        <translation>Checkliste zur Selbstprüfung</translation>
    </message>
    <message>
        <source>error: unknown --format &apos;%1&apos; (text or json)</source>
        <translation>Fehler: unbekanntes --format &apos;%1&apos; (text oder json)</translation>
    </message>
    <message>
        <source>Output format: text (default) or json (one JSON object per file per line).</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json (ein JSON-Objekt je Datei und Zeile).</translation>
    </message>
    <message>
        <source>Leave the review report (quality standards, checklist) out.</source>
        <translation>Den Prüfbericht (Qualitätsstandards, Checkliste) weglassen.</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::FormatCommand</name>
    <message>
        <source>Rewrites design files in the canonical form the studio saves (every key in schema order, defaults written out, comments dropped). Without --in-place the result goes to standard output.</source>
        <translation>Schreibt Entwurfsdateien in die kanonische Form um, in der das Studio speichert (jeder Schlüssel in Schema-Reihenfolge, Vorgaben ausgeschrieben, Kommentare entfernt). Ohne --in-place geht das Ergebnis auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Design files.</source>
        <translation>Entwurfsdateien.</translation>
    </message>
    <message>
        <source>Rewrite each file in place (atomically).</source>
        <translation>Jede Datei an Ort und Stelle umschreiben (atomar).</translation>
    </message>
    <message>
        <source>Write nothing; exit 1 when a file is not in canonical form.</source>
        <translation>Nichts schreiben; Exit-Code 1, wenn eine Datei nicht in kanonischer Form ist.</translation>
    </message>
    <message>
        <source>no design file given</source>
        <translation>keine Entwurfsdatei angegeben</translation>
    </message>
    <message>
        <source>%1: not in canonical form</source>
        <translation>%1: nicht in kanonischer Form</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::Main</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;infra-studio-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>&apos;infra-studio-cli COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success (check: every design is valid)</source>
        <translation>Erfolg (check: jeder Entwurf ist gültig)</translation>
    </message>
    <message>
        <source>a design is invalid, or findings with errors were reported</source>
        <translation>ein Entwurf ist ungültig, oder es wurden Befunde mit Fehlern gemeldet</translation>
    </message>
    <message>
        <source>usage error, or a file could not be read or written</source>
        <translation>Aufruffehler, oder eine Datei konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>%1 command line: check, analyse and export Django-on-AWS designs.</source>
        <translation>%1 auf der Kommandozeile: Django-auf-AWS-Entwürfe prüfen, analysieren und exportieren.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::PoolsCommand</name>
    <message>
        <source>Connection pools: %1 (%2)</source>
        <translation>Verbindungspools: %1 (%2)</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>gewünscht</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>maximal</translation>
    </message>
    <message>
        <source>web tasks</source>
        <translation>Web-Tasks</translation>
    </message>
    <message>
        <source>web connections (tasks × workers × 2)</source>
        <translation>Web-Verbindungen (Tasks × Worker × 2)</translation>
    </message>
    <message>
        <source>worker tasks</source>
        <translation>Worker-Tasks</translation>
    </message>
    <message>
        <source>worker connections (tasks × concurrency)</source>
        <translation>Worker-Verbindungen (Tasks × Nebenläufigkeit)</translation>
    </message>
    <message>
        <source>management (20 %)</source>
        <translation>Verwaltung (20 %)</translation>
    </message>
    <message>
        <source>total (exact)</source>
        <translation>Summe (genau)</translation>
    </message>
    <message>
        <source>total connections = int(total)</source>
        <translation>Verbindungen gesamt = int(Summe)</translation>
    </message>
    <message>
        <source>pgBouncer default_pool_size = int(total / 4)</source>
        <translation>pgBouncer default_pool_size = int(Summe / 4)</translation>
    </message>
    <message>
        <source>pgBouncer max_client_conn = int(total × 2)</source>
        <translation>pgBouncer max_client_conn = int(Summe × 2)</translation>
    </message>
    <message>
        <source>RDS max_connections = int(total × 1.5)</source>
        <translation>RDS max_connections = int(Summe × 1,5)</translation>
    </message>
    <message>
        <source>connections reaching the database</source>
        <translation>Verbindungen, die die Datenbank erreichen</translation>
    </message>
    <message>
        <source>Django CONN_MAX_AGE: %1 s</source>
        <translation>Django CONN_MAX_AGE: %1 s</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>Je Dienst</translation>
    </message>
    <message>
        <source>per task</source>
        <translation>je Task</translation>
    </message>
    <message>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>No RDS PostgreSQL in the design.</source>
        <translation>Kein RDS PostgreSQL im Entwurf.</translation>
    </message>
    <message>
        <source>Database %1 (%2)</source>
        <translation>Datenbank %1 (%2)</translation>
    </message>
    <message>
        <source>instance default max_connections: %1 = LEAST(%2 GiB / 9531392 B, 5000)</source>
        <translation>max_connections-Vorgabe der Instanz: %1 = LEAST(%2 GiB / 9531392 B, 5000)</translation>
    </message>
    <message>
        <source>instance default max_connections: unknown instance class</source>
        <translation>max_connections-Vorgabe der Instanz: unbekannte Instanzklasse</translation>
    </message>
    <message>
        <source>max_connections override: %1</source>
        <translation>max_connections überschrieben: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>max_connections override</comment>
        <translation>nein</translation>
    </message>
    <message>
        <source>connection budget: %1; parameter group max_connections: %2</source>
        <translation>Verbindungsbudget: %1; max_connections der Parametergruppe: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic sizing</source>
        <translation>automatische Dimensionierung</translation>
    </message>
    <message>
        <source>manual sizing</source>
        <translation>manuelle Dimensionierung</translation>
    </message>
    <message>
        <source>pgBouncer %1: %2, %3, default_pool_size %4, reserve_pool_size %5, max_client_conn %6</source>
        <translation>pgBouncer %1: %2, %3, default_pool_size %4, reserve_pool_size %5, max_client_conn %6</translation>
    </message>
    <message>
        <source>No pgBouncer: services connect to the database directly.</source>
        <translation>Kein pgBouncer: Die Dienste verbinden sich direkt mit der Datenbank.</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message numerus="yes">
        <source>; fits the budget up to %n tasks</source>
        <translation>
            <numerusform>; passt bis zu %n Task ins Budget</numerusform>
            <numerusform>; passt bis zu %n Tasks ins Budget</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection budget to compare with.</source>
        <translation>Kein Verbindungsbudget zum Vergleich.</translation>
    </message>
    <message>
        <source>EXCEEDS the budget at maximum scale: %1 connections &gt; %2 (already at desired scale)</source>
        <translation>ÜBERSCHREITET das Budget bei maximaler Skalierung: %1 Verbindungen &gt; %2 (schon bei gewünschter Skalierung)</translation>
    </message>
    <message>
        <source>EXCEEDS the budget at maximum scale: %1 connections &gt; %2</source>
        <translation>ÜBERSCHREITET das Budget bei maximaler Skalierung: %1 Verbindungen &gt; %2</translation>
    </message>
    <message>
        <source>Within the budget at maximum scale: %1 of %2 connections</source>
        <translation>Im Budget bei maximaler Skalierung: %1 von %2 Verbindungen</translation>
    </message>
    <message>
        <source>Prints the connection-pool calculation of each design at desired and maximum scale (the playbook&apos;s calculator: web tasks × workers × 2 + worker tasks × concurrency, plus 20 % management), the pgBouncer and RDS settings it gives, the database&apos;s limits and the scaling plans.
Exit code: 0 when every design was read, 1 when a design is invalid, 2 on a usage error or unreadable file.</source>
        <translation>Gibt die Verbindungspool-Berechnung jedes Entwurfs bei gewünschter und maximaler Skalierung aus (der Rechner des Playbooks: Web-Tasks × Worker × 2 + Worker-Tasks × Nebenläufigkeit, plus 20 % Verwaltung), die daraus folgenden pgBouncer- und RDS-Einstellungen, die Grenzen der Datenbank und die Skalierungspläne.
Exit-Code: 0, wenn jeder Entwurf gelesen wurde, 1, wenn ein Entwurf ungültig ist, 2 bei einem Aufruffehler oder einer unlesbaren Datei.</translation>
    </message>
    <message>
        <source>Design files (*.infra.yaml).</source>
        <translation>Entwurfsdateien (*.infra.yaml).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (text or json)</source>
        <translation>unbekanntes --format &apos;%1&apos; (text oder json)</translation>
    </message>
    <message>
        <source>no design file given</source>
        <translation>keine Entwurfsdatei angegeben</translation>
    </message>
    <message>
        <source>instance default max_connections: %1 = LEAST(%2 ACU × 2 GiB / 9531392 B, 5000)</source>
        <translation>max_connections-Vorgabe der Instanz: %1 = LEAST(%2 ACU × 2 GiB / 9531392 B, 5000)</translation>
    </message>
    <message numerus="yes">
        <source>reader endpoint: %n reader(s), %1 connections on top of the writer&apos;s</source>
        <translation>
            <numerusform>Reader-Endpunkt: %n Reader, %1 Verbindungen zusätzlich zu denen des Writers</numerusform>
            <numerusform>Reader-Endpunkt: %n Reader, %1 Verbindungen zusätzlich zu denen des Writers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::Cli::RenderCommand</name>
    <message>
        <source>Renders the architecture diagram of a design to SVG or PNG (chosen by the extension of --out).
Exit code: 0 on success, 1 when the design is invalid, 2 on a usage error or a file that could not be read or written.</source>
        <translation>Zeichnet das Architekturdiagramm eines Entwurfs als SVG oder PNG (gewählt nach der Endung von --out).
Exit-Code: 0 bei Erfolg, 1, wenn der Entwurf ungültig ist, 2 bei einem Aufruffehler oder einer Datei, die nicht gelesen oder geschrieben werden konnte.</translation>
    </message>
    <message>
        <source>Design file (*.infra.yaml).</source>
        <translation>Entwurfsdatei (*.infra.yaml).</translation>
    </message>
    <message>
        <source>Image to write: *.svg or *.png.</source>
        <translation>Zu schreibendes Bild: *.svg oder *.png.</translation>
    </message>
    <message>
        <source>Pixels per scene unit for PNG (default 2).</source>
        <translation>Pixel je Szeneneinheit für PNG (Vorgabe 2).</translation>
    </message>
    <message>
        <source>expected one design FILE and --out IMAGE.svg or IMAGE.png</source>
        <translation>erwartet eine Entwurfsdatei FILE und --out IMAGE.svg oder IMAGE.png</translation>
    </message>
    <message>
        <source>expected a number between 0 and 16</source>
        <translation>erwartet eine Zahl zwischen 0 und 16</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::ReportCommand</name>
    <message>
        <source>Writes the review report of a design: one self-contained HTML page (inline CSS, the diagram as SVG) or a PDF, chosen by the extension of --out. It holds the diagram, the review checklist, the findings, the cost with its line items, capacity, the notes and, with --compare or --rev, the comparison with another design.
Exit code: 0 on success, 1 when a design is invalid, 2 on a usage error or a file that could not be read or written.</source>
        <translation>Schreibt den Prüfbericht eines Entwurfs: eine eigenständige HTML-Seite (CSS eingebettet, das Diagramm als SVG) oder ein PDF, je nach Endung von --out. Er enthält das Diagramm, die Prüfcheckliste, die Befunde, die Kosten mit ihren Einzelposten, die Kapazität, die Notizen und, mit --compare oder --rev, den Vergleich mit einem anderen Entwurf.
Exit-Code: 0 bei Erfolg, 1 wenn ein Entwurf ungültig ist, 2 bei einem Bedienungsfehler oder einer Datei, die nicht gelesen oder geschrieben werden konnte.</translation>
    </message>
    <message>
        <source>Design file (*.infra.yaml).</source>
        <translation>Entwurfsdatei (*.infra.yaml).</translation>
    </message>
    <message>
        <source>Report to write: *.html or *.pdf.</source>
        <translation>Zu schreibender Bericht: *.html oder *.pdf.</translation>
    </message>
    <message>
        <source>Compare with this design (the &quot;before&quot; side).</source>
        <translation>Mit diesem Entwurf vergleichen (die Seite „vorher“).</translation>
    </message>
    <message>
        <source>Compare with FILE as it was at this git revision.</source>
        <translation>Mit FILE im Stand dieser Git-Revision vergleichen.</translation>
    </message>
    <message>
        <source>expected one design FILE and --out REPORT.html or REPORT.pdf</source>
        <translation>erwartet wird eine Entwurfsdatei FILE und --out REPORT.html oder REPORT.pdf</translation>
    </message>
    <message>
        <source>--compare and --rev cannot be combined</source>
        <translation>--compare und --rev lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>file differences left out: %1</source>
        <translation>Dateiunterschiede ausgelassen: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::SchemaCommand</name>
    <message>
        <source>Prints every key of the design format with its type, unit, allowed values, default and meaning, generated from the parameter schemas (the tables of docs/design-format.md).</source>
        <translation>Gibt jeden Schlüssel des Entwurfsformats mit Typ, Einheit, erlaubten Werten, Vorgabe und Bedeutung aus, erzeugt aus den Parameterschemas (die Tabellen von docs/design-format.md).</translation>
    </message>
    <message>
        <source>Output format: markdown.</source>
        <translation>Ausgabeformat: markdown.</translation>
    </message>
    <message>
        <source>only --format markdown is supported and no arguments are taken</source>
        <translation>nur --format markdown wird unterstützt; Argumente sind nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>Infra::Commands</name>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>Infra::CompareDialog</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Compare Designs</source>
        <translation>Entwürfe vergleichen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Emitted Files</source>
        <translation>Erzeugte Dateien</translation>
    </message>
    <message>
        <source>%1 → %2: no differences.</source>
        <translation>%1 → %2: keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n change(s). Monthly cost at desired scale %3 → %4 (%5), at maximum %6 → %7 (%8).</source>
        <translation>
            <numerusform>%1 → %2: %n Änderung. Monatliche Kosten bei gewünschter Skalierung %3 → %4 (%5), bei maximaler %6 → %7 (%8).</numerusform>
            <numerusform>%1 → %2: %n Änderungen. Monatliche Kosten bei gewünschter Skalierung %3 → %4 (%5), bei maximaler %6 → %7 (%8).</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>Design settings</source>
        <translation>Entwurfseinstellungen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Celery routes</source>
        <translation>Celery-Routen</translation>
    </message>
    <message>
        <source>The same routes in another order (the first match wins)</source>
        <translation>Dieselben Routen in anderer Reihenfolge (der erste Treffer gilt)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Security-group rules</source>
        <translation>Sicherheitsgruppenregeln</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Desired before</source>
        <translation>Gewünscht vorher</translation>
    </message>
    <message>
        <source>Desired after</source>
        <translation>Gewünscht nachher</translation>
    </message>
    <message>
        <source>Change at maximum</source>
        <translation>Änderung bei Maximum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No line differences: %1</source>
        <translation>Keine Zeilenunterschiede: %1</translation>
    </message>
    <message>
        <source>The emitted files are the same.</source>
        <translation>Die erzeugten Dateien sind gleich.</translation>
    </message>
    <message>
        <source>%1 is %2 (binary, or no line differences).</source>
        <translation>%1 ist %2 (binär oder ohne Zeilenunterschiede).</translation>
    </message>
    <message>
        <source>the open design</source>
        <translation>der geöffnete Entwurf</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (geöffnet)</translation>
    </message>
    <message>
        <source>Compare with Design</source>
        <translation>Mit Entwurf vergleichen</translation>
    </message>
    <message>
        <source>Infra Studio designs (*.infra.yaml *.yaml)</source>
        <translation>Infra-Studio-Entwürfe (*.infra.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <source>Compare with Git Revision</source>
        <translation>Mit Git-Revision vergleichen</translation>
    </message>
    <message>
        <source>Save the design first: a git revision is looked up for the design&apos;s file.</source>
        <translation>Speichern Sie zuerst den Entwurf: Die Git-Revision wird für die Datei des Entwurfs gesucht.</translation>
    </message>
    <message>
        <source>Revision (a branch, tag, commit, or HEAD~1):</source>
        <translation>Revision (ein Branch, Tag, Commit oder HEAD~1):</translation>
    </message>
</context>
<context>
    <name>Infra::Connections</name>
    <message>
        <source>HTTPS from the internet</source>
        <translation>HTTPS aus dem Internet</translation>
    </message>
    <message>
        <source>HTTP from the internet, redirected to HTTPS</source>
        <translation>HTTP aus dem Internet, auf HTTPS umgeleitet</translation>
    </message>
    <message>
        <source>CloudFront origin (API and pages)</source>
        <translation>CloudFront-Origin (API und Seiten)</translation>
    </message>
    <message>
        <source>static files</source>
        <translation>statische Dateien</translation>
    </message>
    <message>
        <source>media files</source>
        <translation>Mediendateien</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>HTTP to the application server</source>
        <translation>HTTP zum Anwendungsserver</translation>
    </message>
    <message>
        <source>Django ORM database connections</source>
        <translation>Datenbankverbindungen des Django-ORM</translation>
    </message>
    <message>
        <source>pooled server connections</source>
        <translation>gepoolte Serververbindungen</translation>
    </message>
    <message>
        <source>Django cache</source>
        <translation>Django-Cache</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Celery broker</source>
        <translation>Celery-Broker</translation>
    </message>
    <message>
        <source>Celery result backend</source>
        <translation>Celery-Ergebnis-Backend</translation>
    </message>
    <message>
        <source>object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>container image pulls</source>
        <translation>Abruf der Container-Images</translation>
    </message>
    <message>
        <source>logs and metrics</source>
        <translation>Logs und Metriken</translation>
    </message>
    <message>
        <source>drawn by the architect</source>
        <translation>vom Architekten gezeichnet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins the purposes a connection serves: &quot;Django cache, sessions, Celery broker&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>scheduled jobs</source>
        <translation>geplante Jobs</translation>
    </message>
</context>
<context>
    <name>Infra::Constraints</name>
    <message>
        <source>&apos;max_allocated_storage&apos; (%1 GB) is below &apos;allocated_storage&apos; (%2 GB); use 0 to turn storage autoscaling off</source>
        <translation>&apos;max_allocated_storage&apos; (%1 GB) liegt unter &apos;allocated_storage&apos; (%2 GB); 0 schaltet das automatische Skalieren des Speichers ab</translation>
    </message>
    <message>
        <source>gp3 storage below 400 GB has a fixed 3000 IOPS; &apos;iops&apos; is %1 (use 3000 or 0, or at least 400 GB of storage)</source>
        <translation>gp3-Speicher unter 400 GB hat fest 3000 IOPS; &apos;iops&apos; ist %1 (3000 oder 0 verwenden oder mindestens 400 GB Speicher)</translation>
    </message>
    <message>
        <source>gp3 storage below 400 GB has a fixed 125 MiB/s; &apos;storage_throughput&apos; is %1 (use 125 or 0, or at least 400 GB of storage)</source>
        <translation>gp3-Speicher unter 400 GB hat fest 125 MiB/s; &apos;storage_throughput&apos; ist %1 (125 oder 0 verwenden oder mindestens 400 GB Speicher)</translation>
    </message>
    <message>
        <source>gp3 storage of 400 GB and more takes 12000 to 64000 IOPS; &apos;iops&apos; is %1</source>
        <translation>gp3-Speicher ab 400 GB nimmt 12000 bis 64000 IOPS; &apos;iops&apos; ist %1</translation>
    </message>
    <message>
        <source>gp3 storage of 400 GB and more takes 500 to 4000 MiB/s; &apos;storage_throughput&apos; is %1</source>
        <translation>gp3-Speicher ab 400 GB nimmt 500 bis 4000 MiB/s; &apos;storage_throughput&apos; ist %1</translation>
    </message>
    <message>
        <source>gp3 allows at most 0.25 MiB/s per IOPS: %1 MiB/s needs at least %2 IOPS</source>
        <translation>gp3 erlaubt höchstens 0,25 MiB/s pro IOPS: %1 MiB/s brauchen mindestens %2 IOPS</translation>
    </message>
    <message>
        <source>%1 storage needs 1000 to 256000 provisioned IOPS; &apos;iops&apos; is %2</source>
        <translation>%1-Speicher braucht 1000 bis 256000 bereitgestellte IOPS; &apos;iops&apos; ist %2</translation>
    </message>
    <message>
        <source>%1 allows at most %2 IOPS per GB: %3 GB take at most %4 IOPS, &apos;iops&apos; is %5</source>
        <translation>%1 erlaubt höchstens %2 IOPS pro GB: %3 GB nehmen höchstens %4 IOPS, &apos;iops&apos; ist %5</translation>
    </message>
    <message>
        <source>512, 1024 or 2048 MiB</source>
        <translation>512, 1024 oder 2048 MiB</translation>
    </message>
    <message>
        <source>%1 to %2 MiB in steps of %3</source>
        <translation>%1 bis %2 MiB in Schritten von %3</translation>
    </message>
    <message>
        <source>&apos;min_tasks&apos; (%1) is greater than &apos;max_tasks&apos; (%2)</source>
        <translation>&apos;min_tasks&apos; (%1) ist größer als &apos;max_tasks&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;desired_tasks&apos; (%1) is below &apos;min_tasks&apos; (%2)</source>
        <translation>&apos;desired_tasks&apos; (%1) liegt unter &apos;min_tasks&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;desired_tasks&apos; (%1) is above &apos;max_tasks&apos; (%2)</source>
        <translation>&apos;desired_tasks&apos; (%1) liegt über &apos;max_tasks&apos; (%2)</translation>
    </message>
    <message>
        <source>Fargate has no task size of %1 CPU units</source>
        <translation>Fargate hat keine Taskgröße mit %1 CPU-Einheiten</translation>
    </message>
    <message>
        <source>Fargate does not offer %1 MiB with %2 CPU units; &apos;memory&apos; must be %3</source>
        <translation>Fargate bietet %1 MiB mit %2 CPU-Einheiten nicht an; &apos;memory&apos; muss %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2%3, outside the valid range %4 to %5%3</source>
        <translation>&apos;%1&apos; ist %2%3 und liegt außerhalb des gültigen Bereichs %4 bis %5%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, but must be one of %3</source>
        <translation>&apos;%1&apos; ist %2, muss aber einer dieser Werte sein: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; value &quot;%2&quot; does not have the expected form (%3)</source>
        <translation>Der Wert &quot;%2&quot; von &apos;%1&apos; hat nicht die erwartete Form (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; value &quot;%2&quot; is not a known name</source>
        <translation>Der Wert &quot;%2&quot; von &apos;%1&apos; ist kein bekannter Name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; value &quot;%2&quot; is not a known name (did you mean %3?)</source>
        <translation>Der Wert &quot;%2&quot; von &apos;%1&apos; ist kein bekannter Name (meinten Sie %3?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2</source>
        <translation>&apos;%1&apos; muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; value &quot;%2&quot; is not one of %3</source>
        <translation>Der Wert &quot;%2&quot; von &apos;%1&apos; gehört nicht zu %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; value &quot;%2&quot; is not one of %3 (did you mean &quot;%4&quot;?)</source>
        <translation>Der Wert &quot;%2&quot; von &apos;%1&apos; gehört nicht zu %3 (meinten Sie &quot;%4&quot;?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings</source>
        <translation>&apos;%1&apos; muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; item &quot;%2&quot; is not one of %3</source>
        <translation>Der Eintrag &quot;%2&quot; in &apos;%1&apos; gehört nicht zu %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a map of names to strings</source>
        <translation>&apos;%1&apos; muss eine Zuordnung von Namen zu Zeichenketten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 ACU; Aurora Serverless v2 takes steps of 0.5 ACU</source>
        <translation>&apos;%1&apos; ist %2 ACU; Aurora Serverless v2 arbeitet in Schritten von 0,5 ACU</translation>
    </message>
    <message>
        <source>&apos;min_acu&apos; (%1) is greater than &apos;max_acu&apos; (%2)</source>
        <translation>&apos;min_acu&apos; (%1) ist größer als &apos;max_acu&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; item &quot;%2&quot; does not have the expected form (%3)</source>
        <translation>Eintrag &quot;%2&quot; von &apos;%1&apos; hat nicht die erwartete Form (%3)</translation>
    </message>
</context>
<context>
    <name>Infra::Cost</name>
    <message>
        <source>AWS always-free monthly allowance (per account)</source>
        <translation>dauerhaft kostenloses Monatskontingent von AWS (je Konto)</translation>
    </message>
    <message>
        <source>%1 vCPU × %2 h × tasks</source>
        <translation>%1 vCPU × %2 h × Tasks</translation>
    </message>
    <message>
        <source>vCPU-hours (%1%2)</source>
        <translation>vCPU-Stunden (%1%2)</translation>
    </message>
    <message>
        <source>GB-hours (%1%2)</source>
        <translation>GB-Stunden (%1%2)</translation>
    </message>
    <message>
        <source>%1 GB × %2 h × tasks</source>
        <translation>%1 GB × %2 h × Tasks</translation>
    </message>
    <message>
        <source>Compute Savings Plan, 3 years, No Upfront</source>
        <translation>Compute Savings Plan, 3 Jahre, ohne Vorauszahlung</translation>
    </message>
    <message>
        <source>Compute Savings Plan, 1 year, No Upfront</source>
        <translation>Compute Savings Plan, 1 Jahr, ohne Vorauszahlung</translation>
    </message>
    <message>
        <source>commitment covers the always-on baseline of %1 task(s); quantity is the on-demand USD covered</source>
        <translation>die Zusage deckt die ständig laufende Grundlast von %1 Task(s) ab; Menge = abgedeckter On-Demand-Betrag in USD</translation>
    </message>
    <message>
        <source>Public IPv4 addresses (tasks in public subnets)</source>
        <translation>Öffentliche IPv4-Adressen (Tasks in öffentlichen Subnetzen)</translation>
    </message>
    <message>
        <source>no NAT gateway: every task holds a public IPv4 address</source>
        <translation>kein NAT-Gateway: jeder Task belegt eine öffentliche IPv4-Adresse</translation>
    </message>
    <message>
        <source>× 2 for Multi-AZ</source>
        <translation>× 2 für Multi-AZ</translation>
    </message>
    <message>
        <source>Multi-AZ: primary + standby</source>
        <translation>Multi-AZ: Primärinstanz + Standby</translation>
    </message>
    <message>
        <source>Single-AZ</source>
        <translation>Single-AZ</translation>
    </message>
    <message>
        <source>Instance-hours (%1, %2)</source>
        <translation>Instanzstunden (%1, %2)</translation>
    </message>
    <message>
        <source>Multi-AZ bills the standby as a second instance</source>
        <translation>Multi-AZ berechnet den Standby als zweite Instanz</translation>
    </message>
    <message>
        <source>Read replica instance-hours (%1 × %2)</source>
        <translation>Instanzstunden der Read Replicas (%1 × %2)</translation>
    </message>
    <message>
        <source>Storage %1 (%2 GB × 2 for Multi-AZ)</source>
        <translation>Speicher %1 (%2 GB × 2 für Multi-AZ)</translation>
    </message>
    <message>
        <source>Storage %1 (%2 GB)</source>
        <translation>Speicher %1 (%2 GB)</translation>
    </message>
    <message>
        <source>Read replica storage %1 (%2 × %3 GB)</source>
        <translation>Speicher der Read Replicas %1 (%2 × %3 GB)</translation>
    </message>
    <message>
        <source>gp3 IOPS above the 12,000 baseline</source>
        <translation>gp3-IOPS über der Grundleistung von 12.000</translation>
    </message>
    <message>
        <source>gp3 throughput above the 500 MiB/s baseline</source>
        <translation>gp3-Durchsatz über der Grundleistung von 500 MiB/s</translation>
    </message>
    <message>
        <source>Provisioned IOPS (%1)</source>
        <translation>Bereitgestellte IOPS (%1)</translation>
    </message>
    <message>
        <source>Backup storage beyond the free allowance</source>
        <translation>Backup-Speicher über das kostenlose Kontingent hinaus</translation>
    </message>
    <message>
        <source>backups ≈ database size %1 GB + %2 days of growth = %3 GB; free up to the %4 GB provisioned</source>
        <translation>Backups ≈ Datenbankgröße %1 GB + %2 Tage Wachstum = %3 GB; kostenlos bis zu den bereitgestellten %4 GB</translation>
    </message>
    <message>
        <source>Reserved instances, 1 year, No Upfront</source>
        <translation>Reserved Instances, 1 Jahr, ohne Vorauszahlung</translation>
    </message>
    <message>
        <source>covers every instance-hour (%1 instances); quantity is the on-demand USD covered</source>
        <translation>deckt jede Instanzstunde ab (%1 Instanzen); Menge = abgedeckter On-Demand-Betrag in USD</translation>
    </message>
    <message>
        <source>Node-hours (%1 × %2: primary + %3 replica(s))</source>
        <translation>Knotenstunden (%1 × %2: Primärknoten + %3 Replikat(e))</translation>
    </message>
    <message>
        <source>Reserved nodes, 1 year, No Upfront</source>
        <translation>Reserved Nodes, 1 Jahr, ohne Vorauszahlung</translation>
    </message>
    <message>
        <source>covers every node-hour; quantity is the on-demand USD covered</source>
        <translation>deckt jede Knotenstunde ab; Menge = abgedeckter On-Demand-Betrag in USD</translation>
    </message>
    <message>
        <source>workload S3 storage %1 GB shared by %2 static/media bucket(s)</source>
        <translation>S3-Speicher der Workload (%1 GB), aufgeteilt auf %2 Static-/Media-Bucket(s)</translation>
    </message>
    <message>
        <source>storage_gb is 0: set it to price the data kept here</source>
        <translation>storage_gb ist 0: Wert setzen, um die hier gespeicherten Daten zu bepreisen</translation>
    </message>
    <message>
        <source>S3 Standard storage</source>
        <translation>Speicher in S3 Standard</translation>
    </message>
    <message>
        <source>Glacier Instant Retrieval storage (lifecycle after %1 days)</source>
        <translation>Speicher in Glacier Instant Retrieval (Lebenszyklusregel nach %1 Tagen)</translation>
    </message>
    <message>
        <source>Standard-IA storage (lifecycle after %1 days)</source>
        <translation>Speicher in Standard-IA (Lebenszyklusregel nach %1 Tagen)</translation>
    </message>
    <message>
        <source>assumed: %1 % of the data is older than the transition age</source>
        <translation>Annahme: %1 % der Daten sind älter als das Übergangsalter</translation>
    </message>
    <message>
        <source>PUT, COPY, POST, LIST requests</source>
        <translation>PUT-, COPY-, POST- und LIST-Anfragen</translation>
    </message>
    <message>
        <source>GET requests (CloudFront cache misses)</source>
        <translation>GET-Anfragen (CloudFront-Cache-Misses)</translation>
    </message>
    <message>
        <source>Data transfer out to viewers (tiered)</source>
        <translation>Datenübertragung an Viewer (gestaffelt)</translation>
    </message>
    <message>
        <source>Always-free 1 TB data transfer out</source>
        <translation>Dauerhaft kostenlos: 1 TB ausgehende Datenübertragung</translation>
    </message>
    <message>
        <source>HTTPS requests</source>
        <translation>HTTPS-Anfragen</translation>
    </message>
    <message>
        <source>Always-free 10 M requests</source>
        <translation>Dauerhaft kostenlos: 10 Mio. Anfragen</translation>
    </message>
    <message>
        <source>Load balancer hours</source>
        <translation>Load-Balancer-Stunden</translation>
    </message>
    <message>
        <source>LCU-hours (%1 LCU average, %2; %3 at peak)</source>
        <translation>LCU-Stunden (Ø %1 LCU, %2; %3 in der Spitze)</translation>
    </message>
    <message>
        <source>processed bytes</source>
        <translation>verarbeitete Bytes</translation>
    </message>
    <message>
        <source>new connections</source>
        <translation>neue Verbindungen</translation>
    </message>
    <message>
        <source>%1 req/s × %2 KB = %3 GB/h processed (1 LCU = 1 GB/h); %4 new connections/s (1 LCU = 25/s); max column at the %5 req/s peak</source>
        <translation>%1 Anfragen/s × %2 KB = %3 GB/h verarbeitet (1 LCU = 1 GB/h); %4 neue Verbindungen/s (1 LCU = 25/s); Spalte „Max.“ bei der Spitzenlast von %5 Anfragen/s</translation>
    </message>
    <message>
        <source>Public IPv4 addresses (one per AZ)</source>
        <translation>Öffentliche IPv4-Adressen (eine je AZ)</translation>
    </message>
    <message>
        <source>Data transfer out to the internet (no CloudFront in front)</source>
        <translation>Datenübertragung ins Internet (kein CloudFront vorgeschaltet)</translation>
    </message>
    <message>
        <source>Always-free 100 GB data transfer out</source>
        <translation>Dauerhaft kostenlos: 100 GB ausgehende Datenübertragung</translation>
    </message>
    <message>
        <source>NAT gateway hours (%1 gateway(s))</source>
        <translation>NAT-Gateway-Stunden (%1 Gateway(s))</translation>
    </message>
    <message>
        <source>NAT gateway data processed</source>
        <translation>Vom NAT-Gateway verarbeitete Daten</translation>
    </message>
    <message>
        <source>Public IPv4 addresses (one Elastic IP per NAT gateway)</source>
        <translation>Öffentliche IPv4-Adressen (eine Elastic IP je NAT-Gateway)</translation>
    </message>
    <message>
        <source>Log ingestion</source>
        <translation>Log-Erfassung</translation>
    </message>
    <message>
        <source>Always-free 5 GB log ingestion</source>
        <translation>Dauerhaft kostenlos: 5 GB Log-Erfassung</translation>
    </message>
    <message>
        <source>Log storage (%1 days retention)</source>
        <translation>Log-Speicherung (%1 Tage Aufbewahrung)</translation>
    </message>
    <message>
        <source>steady state: %1 GB/month × %2 days ÷ %3 days (uncompressed, an upper bound)</source>
        <translation>eingeschwungener Zustand: %1 GB/Monat × %2 Tage ÷ %3 Tage (unkomprimiert, eine Obergrenze)</translation>
    </message>
    <message>
        <source>Always-free 5 GB-month log storage</source>
        <translation>Dauerhaft kostenlos: 5 GB-Monate Log-Speicherung</translation>
    </message>
    <message>
        <source>Standard alarms</source>
        <translation>Standard-Alarme</translation>
    </message>
    <message>
        <source>the studio&apos;s standard alarm set for this design</source>
        <translation>die Standard-Alarme des Studios für diesen Entwurf</translation>
    </message>
    <message>
        <source>Always-free 10 alarms</source>
        <translation>Dauerhaft kostenlos: 10 Alarme</translation>
    </message>
    <message>
        <source>Secrets (%1)</source>
        <translation>Secrets (%1)</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>quantity in units of 10,000 calls</source>
        <translation>Menge in Einheiten zu 10.000 Aufrufen</translation>
    </message>
    <message>
        <source>Image storage</source>
        <translation>Image-Speicher</translation>
    </message>
    <message>
        <source>Standard queue requests</source>
        <translation>Anfragen an Standard-Queues</translation>
    </message>
    <message>
        <source>quantity in millions of requests</source>
        <translation>Menge in Millionen Anfragen</translation>
    </message>
    <message>
        <source>Always-free 1 M requests</source>
        <translation>Dauerhaft kostenlos: 1 Mio. Anfragen</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Caching</source>
        <translation>Caching</translation>
    </message>
    <message>
        <source>Storage &amp; CDN</source>
        <translation>Speicher &amp; CDN</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>VPC networking</source>
        <translation>VPC-Netzwerk</translation>
    </message>
    <message>
        <source>PUT requests (media uploads)</source>
        <translation>PUT-Anfragen (Medien-Uploads)</translation>
    </message>
    <message>
        <source>%1 M write requests × %2 % uploads; quantity in thousands</source>
        <translation>%1 Mio. Schreibanfragen × %2 % Uploads; Menge in Tausend</translation>
    </message>
    <message>
        <source>assumed: 100,000 per bucket-month (deploys, backups, listings); quantity in thousands</source>
        <translation>angenommen: 100.000 pro Bucket-Monat (Deployments, Backups, Auflistungen); Menge in Tausend</translation>
    </message>
    <message>
        <source>GET requests (static and media served to viewers)</source>
        <translation>GET-Anfragen (statische Dateien und Medien direkt an Besucher)</translation>
    </message>
    <message>
        <source>%1 M static/media requests × (1 − %2 % hit ratio) ÷ %3 served bucket(s); quantity in thousands</source>
        <translation>%1 Mio. Anfragen nach statischen Dateien/Medien × (1 − %2 % Trefferquote) ÷ %3 ausliefernde(s) Bucket(s); Menge in Tausend</translation>
    </message>
    <message>
        <source>%1 M static/media requests ÷ %2 served bucket(s), no CDN; quantity in thousands</source>
        <translation>%1 Mio. Anfragen nach statischen Dateien/Medien ÷ %2 ausliefernde(s) Bucket(s), ohne CDN; Menge in Tausend</translation>
    </message>
    <message>
        <source>typed workload.cdn_egress_gb (the traffic model derives %1 GB); viewer-zone rates of the %2 catalog</source>
        <translation>eingegebenes workload.cdn_egress_gb (das Verkehrsmodell leitet %1 GB ab); Preise nach Besucherzone aus dem Katalog %2</translation>
    </message>
    <message>
        <source>typed workload.cdn_egress_gb ÷ (1 − 25 %), compression off (the traffic model derives %1 GB); viewer-zone rates of the %2 catalog</source>
        <translation>eingegebenes workload.cdn_egress_gb ÷ (1 − 25 %), Komprimierung aus (das Verkehrsmodell leitet %1 GB ab); Preise nach Besucherzone aus dem Katalog %2</translation>
    </message>
    <message>
        <source>%1 GB responses × (1 − 25 % compression) + %2 GB static/media; viewer-zone rates of the %3 catalog</source>
        <translation>%1 GB Antworten × (1 − 25 % Komprimierung) + %2 GB statische Dateien/Medien; Preise nach Besucherzone aus dem Katalog %3</translation>
    </message>
    <message>
        <source>%1 GB responses (compression off) + %2 GB static/media; viewer-zone rates of the %3 catalog</source>
        <translation>%1 GB Antworten (Komprimierung aus) + %2 GB statische Dateien/Medien; Preise nach Besucherzone aus dem Katalog %3</translation>
    </message>
    <message>
        <source>typed workload.cdn_requests_millions (the traffic model derives %1 M); quantity in units of 10,000 requests</source>
        <translation>eingegebenes workload.cdn_requests_millions (das Verkehrsmodell leitet %1 Mio. ab); Menge in Einheiten von 10.000 Anfragen</translation>
    </message>
    <message>
        <source>%1 M application + %2 M static/media requests; quantity in units of 10,000 requests</source>
        <translation>%1 Mio. Anwendungs- + %2 Mio. Anfragen nach statischen Dateien/Medien; Menge in Einheiten von 10.000 Anfragen</translation>
    </message>
    <message>
        <source>%1 GB responses + %2 GB static/media a month at the average request rate (the traffic model)</source>
        <translation>%1 GB Antworten + %2 GB statische Dateien/Medien im Monat bei der mittleren Anfragerate (das Verkehrsmodell)</translation>
    </message>
    <message>
        <source>typed network.nat_data_gb (the traffic model derives %1 GB)</source>
        <translation>eingegebenes network.nat_data_gb (das Verkehrsmodell leitet %1 GB ab)</translation>
    </message>
    <message>
        <source>%1 GB logs + %2 GB image pulls + %3 GB uploads to S3 (no VPC endpoints)</source>
        <translation>%1 GB Logs + %2 GB Image-Downloads + %3 GB Uploads nach S3 (keine VPC-Endpunkte)</translation>
    </message>
    <message>
        <source>Inter-AZ data transfer (app, pgBouncer, database, Redis)</source>
        <translation>Datenübertragung zwischen AZs (App, pgBouncer, Datenbank, Redis)</translation>
    </message>
    <message>
        <source>(%1 GB app → pgBouncer + %2 GB → database + %3 GB ↔ Redis) × %4 % crossing zones (%5 AZs) × 2 directions billed</source>
        <translation>(%1 GB App → pgBouncer + %2 GB → Datenbank + %3 GB ↔ Redis) × %4 % zonenübergreifend (%5 AZs) × 2 berechnete Richtungen</translation>
    </message>
    <message>
        <source>typed log_ingestion_gb (the traffic model derives %1 GB)</source>
        <translation>eingegebenes log_ingestion_gb (das Verkehrsmodell leitet %1 GB ab)</translation>
    </message>
    <message>
        <source>(%1 M requests + %2 M Celery tasks) × %3 bytes</source>
        <translation>(%1 Mio. Anfragen + %2 Mio. Celery-Tasks) × %3 Byte</translation>
    </message>
    <message>
        <source>Container Insights metrics</source>
        <translation>Container-Insights-Metriken</translation>
    </message>
    <message>
        <source>custom metrics: 13 for the cluster + 25 × %1 ECS services (service and task-family dimensions)</source>
        <translation>benutzerdefinierte Metriken: 13 für den Cluster + 25 × %1 ECS-Services (Dimensionen Service und Task-Familie)</translation>
    </message>
    <message>
        <source>Always-free 10 metrics</source>
        <translation>Dauerhaft kostenlose 10 Metriken</translation>
    </message>
    <message>
        <source>Access logs in S3 (%1 days retention)</source>
        <translation>Zugriffslogs in S3 (%1 Tage Aufbewahrung)</translation>
    </message>
    <message>
        <source>steady state: %1 M requests × %2 bytes gzipped = %3 GB/month × %4 days ÷ %5 days; delivery to S3 is free</source>
        <translation>Dauerzustand: %1 Mio. Anfragen × %2 Byte gzip-komprimiert = %3 GB/Monat × %4 Tage ÷ %5 Tage; die Zustellung an S3 ist kostenlos</translation>
    </message>
    <message>
        <source>%1: ingestion</source>
        <translation>%1: Aufnahme</translation>
    </message>
    <message>
        <source>%1: storage (%2 days retention)</source>
        <translation>%1: Speicherung (%2 Tage Aufbewahrung)</translation>
    </message>
    <message>
        <source>steady state: %1 GB/month × %2 days ÷ %3 days</source>
        <translation>Dauerzustand: %1 GB/Monat × %2 Tage ÷ %3 Tage</translation>
    </message>
    <message>
        <source>PostgreSQL log exports</source>
        <translation>PostgreSQL-Log-Exporte</translation>
    </message>
    <message>
        <source>an assumed %1 GB a month (errors, slow statements, upgrades); measure and adjust</source>
        <translation>angenommene %1 GB im Monat (Fehler, langsame Anweisungen, Upgrades); messen und anpassen</translation>
    </message>
    <message>
        <source>writer + %1 reader(s)</source>
        <translation>Writer + %1 Reader</translation>
    </message>
    <message>
        <source>Serverless v2 ACU-hours (%1 instance(s))</source>
        <translation>Serverless-v2-ACU-Stunden (%1 Instanz(en))</translation>
    </message>
    <message>
        <source>%1 ACU at minimum, %2 on average, %3 at maximum × %4 h × instances; %5</source>
        <translation>%1 ACU im Minimum, %2 im Mittel, %3 im Maximum × %4 h × Instanzen; %5</translation>
    </message>
    <message>
        <source>Instance-hours (%1 × %2)</source>
        <translation>Instanzstunden (%1 × %2)</translation>
    </message>
    <message>
        <source>I/O-Optimized uplift on compute</source>
        <translation>I/O-Optimized-Aufschlag auf die Rechenleistung</translation>
    </message>
    <message>
        <source>quantity is the Standard compute USD; I/O requests are not billed</source>
        <translation>Menge sind die USD der Standard-Rechenleistung; I/O-Anfragen werden nicht berechnet</translation>
    </message>
    <message>
        <source>Storage used, I/O-Optimized (%1 GB)</source>
        <translation>Belegter Speicher, I/O-Optimized (%1 GB)</translation>
    </message>
    <message>
        <source>Storage used (%1 GB)</source>
        <translation>Belegter Speicher (%1 GB)</translation>
    </message>
    <message>
        <source>billed on the data stored (the workload&apos;s database size), shared by every instance</source>
        <translation>berechnet nach den gespeicherten Daten (der Datenbankgröße der Last), von allen Instanzen geteilt</translation>
    </message>
    <message>
        <source>I/O requests (Standard storage)</source>
        <translation>I/O-Anfragen (Standard-Speicher)</translation>
    </message>
    <message>
        <source>quantity in millions: average queries × (writes + reads missing the cache) over the month</source>
        <translation>Menge in Millionen: mittlere Abfragen × (Schreibvorgänge + Lesevorgänge, die den Cache verfehlen) über den Monat</translation>
    </message>
    <message>
        <source>quantity in millions, as set on the component</source>
        <translation>Menge in Millionen, wie an der Komponente eingestellt</translation>
    </message>
    <message>
        <source>Backup storage beyond the cluster volume</source>
        <translation>Sicherungsspeicher über das Cluster-Volume hinaus</translation>
    </message>
    <message>
        <source>%1 days of growth (%2 GB/month); backups up to the volume&apos;s size are free</source>
        <translation>%1 Tage Wachstum (%2 GB/Monat); Sicherungen bis zur Größe des Volumes sind kostenlos</translation>
    </message>
    <message>
        <source>Scheduled invocations</source>
        <translation>Geplante Aufrufe</translation>
    </message>
    <message>
        <source>quantity in millions: %1 invocations a month from the schedule expressions</source>
        <translation>Menge in Millionen: %1 Aufrufe im Monat aus den Zeitplanausdrücken</translation>
    </message>
    <message>
        <source>Always-free 14 M invocations</source>
        <translation>Dauerhaft kostenlose 14 Mio. Aufrufe</translation>
    </message>
    <message>
        <source>vCPU-hours of scheduled ECS tasks</source>
        <translation>vCPU-Stunden geplanter ECS-Tasks</translation>
    </message>
    <message>
        <source>runs × %1 min × the target service&apos;s vCPU</source>
        <translation>Läufe × %1 min × vCPU des Zieldienstes</translation>
    </message>
    <message>
        <source>GB-hours of scheduled ECS tasks</source>
        <translation>GB-Stunden geplanter ECS-Tasks</translation>
    </message>
    <message>
        <source>runs × %1 min × the target service&apos;s memory</source>
        <translation>Läufe × %1 min × Arbeitsspeicher des Zieldienstes</translation>
    </message>
    <message>
        <source>Node-hours (%1 × %2: %3 shard(s) × primary and replicas)</source>
        <translation>Knotenstunden (%1 × %2: %3 Shard(s) × Primärknoten und Replikate)</translation>
    </message>
    <message>
        <source>Valkey engine discount</source>
        <translation>Rabatt für die Valkey-Engine</translation>
    </message>
    <message>
        <source>quantity is the Redis OSS node-hour USD</source>
        <translation>Menge sind die USD der Redis-OSS-Knotenstunden</translation>
    </message>
    <message>
        <source>Data written</source>
        <translation>Geschriebene Daten</translation>
    </message>
    <message>
        <source>%1 GB a month%2%3</source>
        <translation>%1 GB im Monat%2%3</translation>
    </message>
    <message>
        <source> (sessions, task messages and results of the workload)</source>
        <translation> (Sitzungen, Task-Nachrichten und Ergebnisse der Last)</translation>
    </message>
    <message>
        <source>; Valkey writes the first %1 GB free</source>
        <translation>; Valkey schreibt die ersten %1 GB kostenlos</translation>
    </message>
    <message>
        <source>Snapshot storage</source>
        <translation>Snapshot-Speicher</translation>
    </message>
    <message>
        <source>%1 GB of data × %2 days kept beyond the first</source>
        <translation>%1 GB Daten × %2 über den ersten hinaus aufbewahrte Tage</translation>
    </message>
    <message>
        <source>none derived: logs, image pulls and uploads take the VPC endpoints</source>
        <translation>keine abgeleitet: Logs, Image-Pulls und Uploads laufen über die VPC-Endpunkte</translation>
    </message>
    <message>
        <source>VPC interface endpoint hours (%1 endpoints × %2 AZs)</source>
        <translation>Stunden der VPC-Interface-Endpunkte (%1 Endpunkte × %2 AZs)</translation>
    </message>
    <message>
        <source>ECR api, ECR dkr, Secrets Manager, CloudWatch Logs; S3 through the free gateway endpoint</source>
        <translation>ECR api, ECR dkr, Secrets Manager, CloudWatch Logs; S3 über den kostenlosen Gateway-Endpunkt</translation>
    </message>
    <message>
        <source>VPC interface endpoint data processed</source>
        <translation>Von VPC-Interface-Endpunkten verarbeitete Daten</translation>
    </message>
    <message>
        <source>%1 GB logs + %2 GB image pulls (uploads take the S3 gateway endpoint)</source>
        <translation>%1 GB Logs + %2 GB Image-Pulls (Uploads laufen über den S3-Gateway-Endpunkt)</translation>
    </message>
    <message>
        <source>VPC flow logs</source>
        <translation>VPC-Flow-Logs</translation>
    </message>
    <message>
        <source>%1 M records × %2 bytes (4 per client connection of %3 requests + %4 per task and 10 minutes)</source>
        <translation>%1 Mio. Datensätze × %2 Byte (4 je Client-Verbindung von %3 Anfragen + %4 je Task und 10 Minuten)</translation>
    </message>
    <message>
        <source>WAF web ACL (on CloudFront)</source>
        <translation>WAF-Web-ACL (an CloudFront)</translation>
    </message>
    <message>
        <source>WAF web ACL (on the load balancer)</source>
        <translation>WAF-Web-ACL (am Load Balancer)</translation>
    </message>
    <message>
        <source>WAF rule groups</source>
        <translation>WAF-Regelgruppen</translation>
    </message>
    <message>
        <source>AWS managed: common rule set, known bad inputs, SQL injection</source>
        <translation>Von AWS verwaltet: allgemeiner Regelsatz, bekannte schädliche Eingaben, SQL-Injection</translation>
    </message>
    <message>
        <source>WAF requests inspected</source>
        <translation>Von WAF geprüfte Anfragen</translation>
    </message>
    <message>
        <source>%1 M CloudFront requests (the traffic model)</source>
        <translation>%1 Mio. CloudFront-Anfragen (das Verkehrsmodell)</translation>
    </message>
    <message>
        <source>%1 M requests reaching the load balancer (the traffic model)</source>
        <translation>%1 Mio. Anfragen, die den Load Balancer erreichen (das Verkehrsmodell)</translation>
    </message>
    <message>
        <source>an assumed %1 GB a month for each of the %2 instances (errors, slow statements); measure and adjust</source>
        <translation>angenommene %1 GB im Monat für jede der %2 Instanzen (Fehler, langsame Anweisungen); messen und anpassen</translation>
    </message>
    <message>
        <source>the secrets the exported Terraform creates, and the master-user secret RDS manages for each database</source>
        <translation>die Secrets, die das exportierte Terraform anlegt, und das Master-User-Secret, das RDS für jede Datenbank verwaltet</translation>
    </message>
    <message>
        <source>Secrets the export creates</source>
        <translation>Vom Export angelegte Secrets</translation>
    </message>
    <message>
        <source>none here: the export&apos;s logs, metrics and alarms are configured by, and priced on, %1</source>
        <translation>hier nichts: Logs, Metriken und Alarme des Exports werden über %1 konfiguriert und dort berechnet</translation>
    </message>
    <message>
        <source>an assumed %1 GB a month for each of the %2 instances (errors, slow statements, upgrades); measure and adjust</source>
        <translation>angenommene %1 GB im Monat für jede der %2 Instanzen (Fehler, langsame Anweisungen, Upgrades); messen und anpassen</translation>
    </message>
</context>
<context>
    <name>Infra::CostCharts</name>
    <message>
        <source>$ / month</source>
        <translation>$ / Monat</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>RDS instance class</source>
        <translation>RDS-Instanzklasse</translation>
    </message>
    <message>
        <source>CDN egress, GB / month</source>
        <translation>CDN-Datenabfluss, GB / Monat</translation>
    </message>
    <message>
        <source>desired tasks</source>
        <translation>gewünschte Tasks</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>Monthly cost by category</source>
        <translation>Monatliche Kosten nach Kategorie</translation>
    </message>
    <message>
        <source>The parameter the monthly total is plotted against</source>
        <translation>Der Parameter, über dem die monatliche Summe aufgetragen wird</translation>
    </message>
    <message>
        <source>Sweep parameter</source>
        <translation>Variierter Parameter</translation>
    </message>
    <message>
        <source>Monthly cost by category of the design and of the what-if scenario</source>
        <translation>Monatliche Kosten nach Kategorie für den Entwurf und das Was-wäre-wenn-Szenario</translation>
    </message>
    <message>
        <source>Monthly total of the what-if scenario against the chosen parameter; the dot is the current value</source>
        <translation>Monatliche Summe des Was-wäre-wenn-Szenarios über dem gewählten Parameter; der Punkt ist der aktuelle Wert</translation>
    </message>
    <message>
        <source>Cost by category chart</source>
        <translation>Diagramm der Kosten nach Kategorie</translation>
    </message>
    <message>
        <source>Cost sweep chart</source>
        <translation>Diagramm des Kostenverlaufs</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>Über:</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1: Tasks</translation>
    </message>
    <message>
        <source>%1 class</source>
        <translation>%1: Klasse</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>average requests / s</source>
        <translation>Anfragen / s im Mittel</translation>
    </message>
</context>
<context>
    <name>Infra::CostPanel</name>
    <message>
        <source>Apply to Design</source>
        <translation>Auf Entwurf anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Write the what-if values into the design (one undo step)</source>
        <translation>Die Was-wäre-wenn-Werte in den Entwurf übernehmen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Forget the what-if values and show the design&apos;s cost</source>
        <translation>Die Was-wäre-wenn-Werte verwerfen und die Kosten des Entwurfs zeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Line Items</source>
        <translation>Einzelposten</translation>
    </message>
    <message>
        <source>RDS class</source>
        <translation>RDS-Klasse</translation>
    </message>
    <message>
        <source>Multi-AZ standby</source>
        <translation>Multi-AZ-Standby</translation>
    </message>
    <message>
        <source>Redis node</source>
        <translation>Redis-Knoten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 Jahre</translation>
    </message>
    <message>
        <source>Compute Savings Plan on the always-on Fargate baseline (a purchase, not part of the design)</source>
        <translation>Compute Savings Plan für die ständig laufende Fargate-Grundlast (ein Kauf, nicht Teil des Entwurfs)</translation>
    </message>
    <message>
        <source>Savings Plan</source>
        <translation>Savings Plan</translation>
    </message>
    <message>
        <source>Graviton (arm64) tasks</source>
        <translation>Graviton-Tasks (arm64)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Design&lt;/b&gt;: %1 / month &lt;small&gt;(min %2, max %3)&lt;/small&gt;</source>
        <translation>&lt;b&gt;Entwurf&lt;/b&gt;: %1 / Monat &lt;small&gt;(min. %2, max. %3)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What-if&lt;/b&gt;: %1 / month (%2%3)</source>
        <translation>&lt;b&gt;Was-wäre-wenn&lt;/b&gt;: %1 / Monat (%2%3)</translation>
    </message>
    <message>
        <source>Export Line Items</source>
        <translation>Einzelposten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Apply what-if to design</source>
        <translation>Was-wäre-wenn auf den Entwurf anwenden</translation>
    </message>
    <message>
        <source>Reset what-if</source>
        <translation>Was-wäre-wenn zurücksetzen</translation>
    </message>
    <message>
        <source>What-if controls</source>
        <translation>Was-wäre-wenn-Regler</translation>
    </message>
    <message>
        <source>Change a scenario, not the design, until it is applied</source>
        <translation>Ändert ein Szenario, nicht den Entwurf, bis es angewendet wird</translation>
    </message>
    <message>
        <source>Cost line items</source>
        <translation>Kosten-Einzelposten</translation>
    </message>
    <message>
        <source>Component, item, quantity, unit price and monthly cost at minimum, desired and maximum scale</source>
        <translation>Komponente, Posten, Menge, Stückpreis und monatliche Kosten bei minimaler, gewünschter und maximaler Skalierung</translation>
    </message>
    <message>
        <source>Save the line items as a CSV file</source>
        <translation>Die Einzelposten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export line items as CSV</source>
        <translation>Einzelposten als CSV exportieren</translation>
    </message>
    <message>
        <source>Cost views</source>
        <translation>Kostenansichten</translation>
    </message>
    <message>
        <source>What-if value from %1 to %2; the design changes only when applied</source>
        <translation>Was-wäre-wenn-Wert von %1 bis %2; der Entwurf ändert sich erst beim Anwenden</translation>
    </message>
    <message>
        <source>%1: what-if value from %2 to %3</source>
        <translation>%1: Was-wäre-wenn-Wert von %2 bis %3</translation>
    </message>
    <message>
        <source>What-if instance class of %1</source>
        <translation>Was-wäre-wenn-Instanzklasse von %1</translation>
    </message>
    <message>
        <source>What-if RDS instance class</source>
        <translation>Was-wäre-wenn-RDS-Instanzklasse</translation>
    </message>
    <message>
        <source>What-if: a standby instance in a second availability zone (doubles instance and storage cost)</source>
        <translation>Was wäre, wenn: eine Standby-Instanz in einer zweiten Verfügbarkeitszone (verdoppelt Instanz- und Speicherkosten)</translation>
    </message>
    <message>
        <source>What-if Multi-AZ standby</source>
        <translation>Was-wäre-wenn-Multi-AZ-Standby</translation>
    </message>
    <message>
        <source>What-if node type of %1</source>
        <translation>Was-wäre-wenn-Knotentyp von %1</translation>
    </message>
    <message>
        <source>What-if Redis node type</source>
        <translation>Was-wäre-wenn-Redis-Knotentyp</translation>
    </message>
    <message>
        <source>What-if Savings Plan term</source>
        <translation>Was-wäre-wenn-Laufzeit des Savings Plans</translation>
    </message>
    <message>
        <source>What-if: every Fargate task on arm64, about 20 % cheaper than x86_64</source>
        <translation>Was wäre, wenn: jeder Fargate-Task auf arm64, etwa 20 % günstiger als x86_64</translation>
    </message>
    <message>
        <source>What-if Graviton tasks</source>
        <translation>Was-wäre-wenn-Graviton-Tasks</translation>
    </message>
    <message>
        <source>&lt;b&gt;Desired tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gewünschte Tasks&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 desired tasks</source>
        <translation>%1: gewünschte Tasks</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>No components yet: %1 a month is the VPC networking every design pays for (%2); see Line Items.</source>
        <translation>Noch keine Komponenten: %1 im Monat ist das VPC-Netzwerk, das jeder Entwurf bezahlt (%2); siehe Einzelposten.</translation>
    </message>
    <message>
        <source>%1 static/media buckets without storage_gb share the workload&apos;s %2 GB of S3 storage equally; set storage_gb on a bucket to price it on its own.</source>
        <translation>%1 Static-/Media-Buckets ohne storage_gb teilen sich die %2 GB S3-Speicher der Last zu gleichen Teilen; storage_gb an einem Bucket setzen, um ihn einzeln zu berechnen.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Charts, capacity, the table of line items or the saved scenarios side by side</source>
        <translation>Diagramme, Kapazität, die Tabelle der Einzelposten oder die gespeicherten Szenarien nebeneinander</translation>
    </message>
    <message>
        <source>Traffic req/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Average traffic in requests per second (the peak follows at %1 × the average)</source>
        <translation>Mittlere Anfragen pro Sekunde (die Spitze folgt mit dem %1-Fachen des Mittels)</translation>
    </message>
</context>
<context>
    <name>Infra::Decisions</name>
    <message>
        <source>Convert RDS PostgreSQL to Aurora PostgreSQL</source>
        <translation>RDS PostgreSQL auf Aurora PostgreSQL umstellen</translation>
    </message>
    <message>
        <source>Move the Redis roles that need durability to Amazon MemoryDB</source>
        <translation>Die Redis-Rollen, die Dauerhaftigkeit brauchen, nach Amazon MemoryDB verlegen</translation>
    </message>
    <message>
        <source>Replace Celery Beat with EventBridge Scheduler</source>
        <translation>Celery Beat durch EventBridge Scheduler ersetzen</translation>
    </message>
    <message>
        <source>the component kind %1 is not in this build yet</source>
        <translation>die Komponentenart %1 ist in diesem Build noch nicht enthalten</translation>
    </message>
    <message>
        <source>Playbook, %1 (%2)</source>
        <translation>Playbook, %1 (%2)</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>kein Budget festgelegt</translation>
    </message>
    <message>
        <source>budget %1 USD a month; the other option cannot be priced</source>
        <translation>Budget %1 USD im Monat; die andere Option lässt sich nicht berechnen</translation>
    </message>
    <message>
        <source>budget %1 USD a month; %2 USD now, %3 USD with the other option</source>
        <translation>Budget %1 USD im Monat; jetzt %2 USD, mit der anderen Option %3 USD</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>the cheaper option when the dearer one would exceed the monthly budget</source>
        <translation>die günstigere Option, wenn die teurere das Monatsbudget überschreiten würde</translation>
    </message>
    <message>
        <source>the design already runs the alternative, and the studio converts one way only</source>
        <translation>der Entwurf nutzt bereits die Alternative, und das Studio stellt nur in eine Richtung um</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>the estimate is partial: %1</source>
        <translation>die Schätzung ist unvollständig: %1</translation>
    </message>
    <message>
        <source>Horizontal vs vertical scaling</source>
        <translation>Horizontale vs. vertikale Skalierung</translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Vertikal</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>%1 web service(s), %2 Celery worker group(s)</source>
        <translation>%1 Web-Service(s), %2 Celery-Worker-Gruppe(n)</translation>
    </message>
    <message>
        <source>horizontal for stateless web requests and Celery tasks</source>
        <translation>horizontal für zustandslose Web-Anfragen und Celery-Tasks</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>production: high availability required</source>
        <translation>Produktion: Hochverfügbarkeit erforderlich</translation>
    </message>
    <message>
        <source>%1: a single point is acceptable</source>
        <translation>%1: ein einzelner Ausfallpunkt ist vertretbar</translation>
    </message>
    <message>
        <source>horizontal in production</source>
        <translation>horizontal in der Produktion</translation>
    </message>
    <message>
        <source>Cost pattern</source>
        <translation>Kostenmuster</translation>
    </message>
    <message>
        <source>peak %1 req/s is %2 × the average %3 req/s</source>
        <translation>Spitze %1 Anfr./s ist das %2-Fache des Mittels von %3 Anfr./s</translation>
    </message>
    <message>
        <source>horizontal from peak ≥ %1 × average (variable traffic)</source>
        <translation>horizontal ab Spitze ≥ %1 × Mittel (schwankender Verkehr)</translation>
    </message>
    <message>
        <source>Playbook, %1 (Cost Pattern); the ratio is the studio&apos;s reading of &quot;variable traffic&quot;</source>
        <translation>Playbook, %1 (Cost Pattern); das Verhältnis ist die Lesart des Studios für „variable traffic“</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <source>a team of %1 engineer(s)</source>
        <translation>ein Team aus %1 Person(en)</translation>
    </message>
    <message>
        <source>horizontal from 2 engineers (one alone: simpler is better)</source>
        <translation>horizontal ab 2 Personen im Team (allein: einfacher ist besser)</translation>
    </message>
    <message>
        <source>Django specifics</source>
        <translation>Django-Besonderheiten</translation>
    </message>
    <message>
        <source>web requests only</source>
        <translation>nur Web-Anfragen</translation>
    </message>
    <message>
        <source>longest mean task %1 s (%2)</source>
        <translation>längster mittlerer Task %1 s (%2)</translation>
    </message>
    <message>
        <source>vertical from a mean task of %1 s (a single large report)</source>
        <translation>vertikal ab einem mittleren Task von %1 s (ein einzelner großer Bericht)</translation>
    </message>
    <message>
        <source>web service %1 runs %2 to %3 tasks of %4 vCPU / %5 MiB</source>
        <translation>Web-Service %1 läuft mit %2 bis %3 Tasks zu %4 vCPU / %5 MiB</translation>
    </message>
    <message>
        <source>no web service</source>
        <translation>kein Web-Service</translation>
    </message>
    <message>
        <source>%1 of %2 rows point to horizontal scaling of the web and worker services</source>
        <translation>%1 von %2 Zeilen sprechen für horizontale Skalierung der Web- und Worker-Services</translation>
    </message>
    <message>
        <source>%1 of %2 rows point to vertical scaling: fewer, larger tasks</source>
        <translation>%1 von %2 Zeilen sprechen für vertikale Skalierung: weniger, größere Tasks</translation>
    </message>
    <message>
        <source>The database scales vertically (one stateful primary): a larger instance class when CPU stays above 70 % or memory runs short.</source>
        <translation>Die Datenbank skaliert vertikal (eine zustandsbehaftete Primärinstanz): eine größere Instanzklasse, wenn die CPU dauerhaft über 70 % liegt oder der Speicher knapp wird.</translation>
    </message>
    <message>
        <source>Change the task size and counts of the services in the inspector.</source>
        <translation>Task-Größe und -Anzahl der Services in den Eigenschaften ändern.</translation>
    </message>
    <message>
        <source>no conversion to price: both options are the same services with other sizes</source>
        <translation>keine Umstellung zu berechnen: beide Optionen sind dieselben Services in anderen Größen</translation>
    </message>
    <message>
        <source>Celery Beat vs EventBridge Scheduler</source>
        <translation>Celery Beat vs. EventBridge Scheduler</translation>
    </message>
    <message>
        <source>Celery Beat</source>
        <translation>Celery Beat</translation>
    </message>
    <message>
        <source>EventBridge Scheduler</source>
        <translation>EventBridge Scheduler</translation>
    </message>
    <message>
        <source>Task location</source>
        <translation>Ort der Tasks</translation>
    </message>
    <message>
        <source>Celery app %1, %2 route(s) in the Django codebase</source>
        <translation>Celery-App %1, %2 Route(n) im Django-Code</translation>
    </message>
    <message>
        <source>Celery Beat for tasks in the Django codebase</source>
        <translation>Celery Beat für Tasks im Django-Code</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Zeitplanung</translation>
    </message>
    <message>
        <source>schedules edited in the Django admin (%1)</source>
        <translation>Zeitpläne im Django-Admin bearbeitet (%1)</translation>
    </message>
    <message>
        <source>fixed cron schedules in code (%1)</source>
        <translation>feste Cron-Zeitpläne im Code (%1)</translation>
    </message>
    <message>
        <source>no Celery Beat</source>
        <translation>kein Celery Beat</translation>
    </message>
    <message>
        <source>Celery Beat when the schedules live in Django (django_celery_beat)</source>
        <translation>Celery Beat, wenn die Zeitpläne in Django liegen (django_celery_beat)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>a Celery result backend keeps task results</source>
        <translation>ein Celery-Ergebnis-Backend speichert Task-Ergebnisse</translation>
    </message>
    <message>
        <source>no result backend: fire-and-forget</source>
        <translation>kein Ergebnis-Backend: Fire-and-Forget</translation>
    </message>
    <message>
        <source>Celery Beat when task results and history are kept</source>
        <translation>Celery Beat, wenn Task-Ergebnisse und -Verlauf gespeichert werden</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1 engineer(s); the workload profile does not say Python or AWS-native</source>
        <translation>%1 Person(en); das Lastprofil sagt nicht, ob Python- oder AWS-nah</translation>
    </message>
    <message>
        <source>not decided by the design</source>
        <translation>vom Entwurf nicht entschieden</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>the Celery broker is SQS: schedules can send to the queue directly</source>
        <translation>der Celery-Broker ist SQS: Zeitpläne können direkt an die Queue senden</translation>
    </message>
    <message>
        <source>the Celery broker is Redis: only Celery can enqueue tasks</source>
        <translation>der Celery-Broker ist Redis: nur Celery kann Tasks einreihen</translation>
    </message>
    <message>
        <source>EventBridge when a schedule can reach its target through AWS (SQS, ECS RunTask)</source>
        <translation>EventBridge, wenn ein Zeitplan sein Ziel über AWS erreicht (SQS, ECS RunTask)</translation>
    </message>
    <message>
        <source>EventBridge Scheduler %1</source>
        <translation>EventBridge Scheduler %1</translation>
    </message>
    <message>
        <source>Celery Beat service %1 (%2 task, %3)</source>
        <translation>Celery-Beat-Service %1 (%2 Task, %3)</translation>
    </message>
    <message>
        <source>no periodic tasks in the design</source>
        <translation>keine periodischen Tasks im Entwurf</translation>
    </message>
    <message>
        <source>Celery Beat for Django tasks; EventBridge for cross-service orchestration (%1 rows for Beat, %2 for EventBridge)</source>
        <translation>Celery Beat für Django-Tasks; EventBridge für dienstübergreifende Orchestrierung (%1 Zeilen für Beat, %2 für EventBridge)</translation>
    </message>
    <message>
        <source>More rows point to EventBridge Scheduler (%1) than to Celery Beat (%2): the schedules need no always-on scheduler task</source>
        <translation>Mehr Zeilen sprechen für EventBridge Scheduler (%1) als für Celery Beat (%2): die Zeitpläne brauchen keinen ständig laufenden Scheduler-Task</translation>
    </message>
    <message>
        <source>RDS PostgreSQL vs Aurora PostgreSQL</source>
        <translation>RDS PostgreSQL vs. Aurora PostgreSQL</translation>
    </message>
    <message>
        <source>RDS PostgreSQL</source>
        <translation>RDS PostgreSQL</translation>
    </message>
    <message>
        <source>Aurora PostgreSQL</source>
        <translation>Aurora PostgreSQL</translation>
    </message>
    <message>
        <source>Scale (data)</source>
        <translation>Umfang (Daten)</translation>
    </message>
    <message>
        <source>%1 GB now, %2 GB in %3 months</source>
        <translation>jetzt %1 GB, %2 GB in %3 Monaten</translation>
    </message>
    <message>
        <source>Aurora from %1 GB (1 TB) within the sizing horizon</source>
        <translation>Aurora ab %1 GB (1 TB) innerhalb des Bemessungshorizonts</translation>
    </message>
    <message>
        <source>Scale (IOPS)</source>
        <translation>Umfang (IOPS)</translation>
    </message>
    <message>
        <source>%1 provisioned IOPS</source>
        <translation>%1 bereitgestellte IOPS</translation>
    </message>
    <message>
        <source>no provisioned IOPS</source>
        <translation>keine bereitgestellten IOPS</translation>
    </message>
    <message>
        <source>Aurora above %1 IOPS</source>
        <translation>Aurora über %1 IOPS</translation>
    </message>
    <message>
        <source>Read replicas</source>
        <translation>Lesereplikate</translation>
    </message>
    <message>
        <source>%1 read replica(s)</source>
        <translation>%1 Lesereplikat(e)</translation>
    </message>
    <message>
        <source>Aurora above %1 replicas</source>
        <translation>Aurora über %1 Replikate</translation>
    </message>
    <message>
        <source>Playbook, %1 (Read Replicas: 1-5 sufficient); AWS RDS and Aurora documentation: both allow up to 15 replicas, so the playbook&apos;s &quot;15+&quot; cannot be met by either</source>
        <translation>Playbook, %1 (Read Replicas: 1-5 sufficient); Dokumentation von AWS RDS und Aurora: beide erlauben bis zu 15 Replikate, „15+“ aus dem Playbook erreicht also keines von beiden</translation>
    </message>
    <message>
        <source>Failover speed</source>
        <translation>Failover-Dauer</translation>
    </message>
    <message>
        <source>Multi-AZ standby: 60-120 s</source>
        <translation>Multi-AZ-Standby: 60–120 s</translation>
    </message>
    <message>
        <source>single-AZ: no standby, a restore</source>
        <translation>Single-AZ: kein Standby, eine Wiederherstellung</translation>
    </message>
    <message>
        <source>Aurora reader promoted in under 30 s</source>
        <translation>Aurora-Reader in unter 30 s hochgestuft</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>Aurora when failover must finish in under 30 s (no such target in the workload)</source>
        <translation>Aurora, wenn ein Failover in unter 30 s abgeschlossen sein muss (kein solches Ziel in der Last)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>standard PostgreSQL; no Serverless v2 or Global Database need in the workload</source>
        <translation>Standard-PostgreSQL; die Last braucht weder Serverless v2 noch eine Global Database</translation>
    </message>
    <message>
        <source>Aurora when Serverless v2 or a Global Database is needed</source>
        <translation>Aurora, wenn Serverless v2 oder eine Global Database gebraucht wird</translation>
    </message>
    <message>
        <source>Aurora PostgreSQL %1 (%2, %3 reader(s))</source>
        <translation>Aurora PostgreSQL %1 (%2, %3 Reader)</translation>
    </message>
    <message>
        <source>RDS PostgreSQL %1 (%2, %3, %4 GB, %5 read replica(s))</source>
        <translation>RDS PostgreSQL %1 (%2, %3, %4 GB, %5 Lesereplikat(e))</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>single-AZ</source>
        <translation>Single-AZ</translation>
    </message>
    <message>
        <source>no database in the design</source>
        <translation>keine Datenbank im Entwurf</translation>
    </message>
    <message>
        <source>%1 GB of data within %2 months</source>
        <translation>%1 GB Daten innerhalb von %2 Monaten</translation>
    </message>
    <message>
        <source>%1 IOPS</source>
        <translation>%1 IOPS</translation>
    </message>
    <message>
        <source>%1 read replicas</source>
        <translation>%1 Lesereplikate</translation>
    </message>
    <message>
        <source>The scale exceeds what the playbook keeps on RDS: %1. Aurora&apos;s storage grows to 128 TB, it takes up to 15 readers and fails over in under 30 s.</source>
        <translation>Der Umfang übersteigt, was das Playbook auf RDS belässt: %1. Auroras Speicher wächst bis 128 TB, es nimmt bis zu 15 Reader auf und wechselt in unter 30 s auf einen Reader.</translation>
    </message>
    <message>
        <source>Start with RDS PostgreSQL: the data stays under 1 TB within the sizing horizon, the IOPS under 100K and the read replicas at 5 or fewer; migrate to Aurora when scale demands it.</source>
        <translation>Mit RDS PostgreSQL beginnen: die Daten bleiben innerhalb des Bemessungshorizonts unter 1 TB, die IOPS unter 100.000 und die Lesereplikate bei höchstens 5; zu Aurora wechseln, wenn der Umfang es verlangt.</translation>
    </message>
    <message>
        <source>ElastiCache Redis vs Amazon MemoryDB</source>
        <translation>ElastiCache Redis vs. Amazon MemoryDB</translation>
    </message>
    <message>
        <source>ElastiCache Redis</source>
        <translation>ElastiCache Redis</translation>
    </message>
    <message>
        <source>Amazon MemoryDB</source>
        <translation>Amazon MemoryDB</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Einsatzzweck</translation>
    </message>
    <message>
        <source>no Redis</source>
        <translation>kein Redis</translation>
    </message>
    <message>
        <source>ElastiCache for caching and sessions; MemoryDB for a durable data store</source>
        <translation>ElastiCache für Cache und Sitzungen; MemoryDB für einen dauerhaften Datenspeicher</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Dauerhaftigkeit</translation>
    </message>
    <message>
        <source>eviction policy %1: no data may be dropped</source>
        <translation>Verdrängungsrichtlinie %1: keine Daten dürfen verloren gehen</translation>
    </message>
    <message>
        <source>eviction policy %1: keys may be dropped, data loss acceptable</source>
        <translation>Verdrängungsrichtlinie %1: Schlüssel dürfen verdrängt werden, Datenverlust vertretbar</translation>
    </message>
    <message>
        <source>MemoryDB&apos;s transaction log</source>
        <translation>das Transaktionsprotokoll von MemoryDB</translation>
    </message>
    <message>
        <source>MemoryDB when no data may be lost (eviction policy noeviction)</source>
        <translation>MemoryDB, wenn keine Daten verloren gehen dürfen (Verdrängungsrichtlinie noeviction)</translation>
    </message>
    <message>
        <source>Playbook, %1 (Durability); AWS ElastiCache documentation: a failover can lose the writes not yet replicated</source>
        <translation>Playbook, %1 (Durability); Dokumentation von AWS ElastiCache: ein Failover kann noch nicht replizierte Schreibvorgänge verlieren</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>p95 target %1 ms</source>
        <translation>p95-Ziel %1 ms</translation>
    </message>
    <message>
        <source>ElastiCache when the p95 target is below %1 ms (sub-millisecond reads critical)</source>
        <translation>ElastiCache, wenn das p95-Ziel unter %1 ms liegt (Lesezugriffe unter einer Millisekunde entscheidend)</translation>
    </message>
    <message>
        <source>Playbook, %1 (Latency: sub-millisecond / ~10 ms); AWS MemoryDB documentation: single-digit millisecond writes</source>
        <translation>Playbook, %1 (Latency: sub-millisecond / ~10 ms); Dokumentation von AWS MemoryDB: Schreibvorgänge im einstelligen Millisekundenbereich</translation>
    </message>
    <message>
        <source>MemoryDB %1 for %2</source>
        <translation>MemoryDB %1 für %2</translation>
    </message>
    <message>
        <source>ElastiCache Redis %1 (%2) for %3</source>
        <translation>ElastiCache Redis %1 (%2) für %3</translation>
    </message>
    <message>
        <source>no Redis in the design</source>
        <translation>kein Redis im Entwurf</translation>
    </message>
    <message>
        <source>Redis must not lose data: the roles that need durability (sessions, Celery broker and results) belong on MemoryDB; a plain cache stays on ElastiCache.</source>
        <translation>Redis darf keine Daten verlieren: die Rollen, die Dauerhaftigkeit brauchen (Sitzungen, Celery-Broker und -Ergebnisse), gehören auf MemoryDB; ein reiner Cache bleibt auf ElastiCache.</translation>
    </message>
    <message>
        <source>ElastiCache for caching, sessions and the broker: losing recent writes in a failover is acceptable; MemoryDB only if Redis becomes a primary datastore.</source>
        <translation>ElastiCache für Cache, Sitzungen und den Broker: der Verlust jüngster Schreibvorgänge bei einem Failover ist vertretbar; MemoryDB erst, wenn Redis zum primären Datenspeicher wird.</translation>
    </message>
    <message>
        <source>ECS Fargate vs EKS</source>
        <translation>ECS Fargate vs. EKS</translation>
    </message>
    <message>
        <source>ECS Fargate</source>
        <translation>ECS Fargate</translation>
    </message>
    <message>
        <source>EKS</source>
        <translation>EKS</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Teamgröße</translation>
    </message>
    <message>
        <source>%1 engineer(s)</source>
        <translation>%1 Person(en)</translation>
    </message>
    <message>
        <source>EKS from %1 dedicated engineers</source>
        <translation>EKS ab %1 dafür abgestellten Personen</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>existing Kubernetes experience</source>
        <translation>vorhandene Kubernetes-Erfahrung</translation>
    </message>
    <message>
        <source>no Kubernetes experience</source>
        <translation>keine Kubernetes-Erfahrung</translation>
    </message>
    <message>
        <source>EKS with existing Kubernetes expertise</source>
        <translation>EKS bei vorhandener Kubernetes-Expertise</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Arbeitslasten</translation>
    </message>
    <message>
        <source>web, workers and Beat; no service mesh or operators</source>
        <translation>Web, Worker und Beat; kein Service Mesh und keine Operatoren</translation>
    </message>
    <message>
        <source>EKS when a service mesh or operators are needed</source>
        <translation>EKS, wenn ein Service Mesh oder Operatoren gebraucht werden</translation>
    </message>
    <message>
        <source>Multi-cloud</source>
        <translation>Multi-Cloud</translation>
    </message>
    <message>
        <source>AWS only (%1)</source>
        <translation>nur AWS (%1)</translation>
    </message>
    <message>
        <source>EKS when portability is required</source>
        <translation>EKS, wenn Portabilität gefordert ist</translation>
    </message>
    <message>
        <source>%1 ECS service(s) on Fargate</source>
        <translation>%1 ECS-Service(s) auf Fargate</translation>
    </message>
    <message>
        <source>no container services in the design</source>
        <translation>keine Container-Services im Entwurf</translation>
    </message>
    <message>
        <source>A team of %1 with Kubernetes expertise can run a cluster and would gain Helm, operators and portability; the workload itself (web + workers) does not need Kubernetes.</source>
        <translation>Ein Team aus %1 Personen mit Kubernetes-Expertise kann einen Cluster betreiben und gewänne Helm, Operatoren und Portabilität; die Last selbst (Web + Worker) braucht kein Kubernetes.</translation>
    </message>
    <message>
        <source>ECS Fargate for most Django applications: EKS only with a dedicated platform team of %1 or more engineers with Kubernetes expertise.</source>
        <translation>ECS Fargate für die meisten Django-Anwendungen: EKS nur mit einem eigenen Plattform-Team aus %1 oder mehr Personen mit Kubernetes-Expertise.</translation>
    </message>
    <message>
        <source>EKS stays a recommendation: the studio has no EKS emitter.</source>
        <translation>EKS bleibt eine Empfehlung: das Studio hat keinen EKS-Emitter.</translation>
    </message>
    <message>
        <source>EKS is not modelled by the cost engine</source>
        <translation>EKS ist im Kostenmodell nicht abgebildet</translation>
    </message>
    <message>
        <source>no conversion for this change</source>
        <translation>keine Umstellung für diese Änderung</translation>
    </message>
</context>
<context>
    <name>Infra::DecisionsPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>The playbook&apos;s five decision tables evaluated on the design: factors, recommendation, what the design does, and Apply where they differ</source>
        <translation>Die fünf Entscheidungstabellen des Playbooks, ausgewertet auf dem Entwurf: Faktoren, Empfehlung, was der Entwurf tut, und Anwenden, wo beides abweicht</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>recommended: %1</source>
        <translation>empfohlen: %1</translation>
    </message>
    <message>
        <source>The design: %1</source>
        <translation>Der Entwurf: %1</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>This design</source>
        <translation>Dieser Entwurf</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Spricht für</translation>
    </message>
    <message>
        <source>either</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 factors</source>
        <translation>%1 Faktoren</translation>
    </message>
    <message>
        <source>Each factor of the decision table: this design&apos;s value, the threshold and the option it points to</source>
        <translation>Jeder Faktor der Entscheidungstabelle: der Wert dieses Entwurfs, der Schwellenwert und die Option, für die er spricht</translation>
    </message>
    <message>
        <source>With %1: %2 a month at desired scale (%3)</source>
        <translation>Mit %1: %2 im Monat bei gewünschter Größe (%3)</translation>
    </message>
    <message>
        <source>Cost delta: %1</source>
        <translation>Kostendifferenz: %1</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anwenden …</translation>
    </message>
    <message>
        <source>Preview the cost, findings and Terraform delta, then convert the design</source>
        <translation>Kosten, Befunde und Terraform-Änderungen vorab ansehen, dann den Entwurf umstellen</translation>
    </message>
</context>
<context>
    <name>Infra::DesignFile</name>
    <message>
        <source>&apos;version&apos; must be the integer %1, not %2</source>
        <translation>&apos;version&apos; muss die Ganzzahl %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this version of Infra Studio reads version %2)</source>
        <translation>nicht unterstützte Formatversion %1 (diese Version von Infra Studio liest Version %2)</translation>
    </message>
    <message>
        <source>unknown key %1 in %2%3</source>
        <translation>unbekannter Schlüssel %1 in %2%3</translation>
    </message>
    <message>
        <source>a route</source>
        <translation>eine Route</translation>
    </message>
    <message>
        <source>unknown key %1 in a route%2</source>
        <translation>unbekannter Schlüssel %1 in einer Route%2</translation>
    </message>
    <message>
        <source>a route needs a &apos;task&apos; (a task name or pattern)</source>
        <translation>eine Route benötigt einen &apos;task&apos; (einen Task-Namen oder ein Muster)</translation>
    </message>
    <message>
        <source>a route needs a &apos;queue&apos;</source>
        <translation>eine Route benötigt eine &apos;queue&apos;</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>eine Komponente</translation>
    </message>
    <message>
        <source>unknown key %1 in a component%2</source>
        <translation>unbekannter Schlüssel %1 in einer Komponente%2</translation>
    </message>
    <message>
        <source>a component needs an &apos;id&apos;</source>
        <translation>eine Komponente benötigt eine &apos;id&apos;</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>duplicate component id %1 (first used at line %2)</source>
        <translation>doppelte Komponenten-ID %1 (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid component id (lowercase letters, digits and dashes, starting with a letter, at most 63 characters)</source>
        <translation>%1 ist keine gültige Komponenten-ID (Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, höchstens 63 Zeichen)</translation>
    </message>
    <message>
        <source>%1 needs a &apos;kind&apos; (one of %2)</source>
        <translation>%1 benötigt ein &apos;kind&apos; (möglich: %2)</translation>
    </message>
    <message>
        <source>unknown component kind %1%2</source>
        <translation>unbekannte Komponentenart %1%2</translation>
    </message>
    <message>
        <source> (one of %1)</source>
        <translation> (möglich: %1)</translation>
    </message>
    <message>
        <source>&apos;position&apos; must be [x, y] with two finite numbers</source>
        <translation>&apos;position&apos; muss [x, y] mit zwei endlichen Zahlen sein</translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation>%1, nicht %2</translation>
    </message>
    <message>
        <source>%1, not a list of %2 item</source>
        <translation>%1, nicht eine Liste mit %2 Eintrag</translation>
    </message>
    <message>
        <source>%1, not a list of %2 items</source>
        <translation>%1, nicht eine Liste mit %2 Einträgen</translation>
    </message>
    <message>
        <source>%1; %2 is not one</source>
        <translation>%1; %2 ist keine</translation>
    </message>
    <message>
        <source>%1 has no parameter %2%3</source>
        <translation>%1 hat keinen Parameter %2%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>eine Verbindung</translation>
    </message>
    <message>
        <source>link %1 names no component: %2%3</source>
        <translation>Verbindung %1 nennt keine Komponente: %2%3</translation>
    </message>
    <message>
        <source>unknown key %1 in a link%2</source>
        <translation>unbekannter Schlüssel %1 in einer Verbindung%2</translation>
    </message>
    <message>
        <source>a link needs &apos;from&apos; (a component id)</source>
        <translation>eine Verbindung benötigt &apos;from&apos; (eine Komponenten-ID)</translation>
    </message>
    <message>
        <source>a link needs &apos;to&apos; (a component id)</source>
        <translation>eine Verbindung benötigt &apos;to&apos; (eine Komponenten-ID)</translation>
    </message>
    <message>
        <source>%1 only applies to links with mode add</source>
        <translation>%1 gilt nur für Verbindungen mit mode add</translation>
    </message>
    <message>
        <source>a link needs two different components, not %1 twice</source>
        <translation>eine Verbindung benötigt zwei verschiedene Komponenten, nicht zweimal %1</translation>
    </message>
    <message>
        <source>duplicate link from %1 to %2</source>
        <translation>doppelte Verbindung von %1 nach %2</translation>
    </message>
    <message>
        <source>a design must be a map of keys (version, name, components, ...), not %1</source>
        <translation>ein Entwurf muss eine Zuordnung von Schlüsseln sein (version, name, components, ...), nicht %1</translation>
    </message>
    <message>
        <source>missing &apos;version: %1&apos; (the design format version)</source>
        <translation>&apos;version: %1&apos; fehlt (die Version des Entwurfsformats)</translation>
    </message>
    <message>
        <source>unknown top-level key %1%2</source>
        <translation>unbekannter Schlüssel %1 auf oberster Ebene%2</translation>
    </message>
    <message>
        <source>a design file holds one YAML document; more content starts here</source>
        <translation>eine Entwurfsdatei enthält ein einziges YAML-Dokument; hier beginnt weiterer Inhalt</translation>
    </message>
    <message>
        <source>the file holds no design (it should start with &apos;version: %1&apos;)</source>
        <translation>die Datei enthält keinen Entwurf (sie sollte mit &apos;version: %1&apos; beginnen)</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>fehlerhaftes YAML: %1</translation>
    </message>
    <message>
        <source>cannot read the design: %1</source>
        <translation>der Entwurf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; a design file is UTF-8 text</source>
        <translation>die Datei enthält ein NUL-Byte; eine Entwurfsdatei ist UTF-8-Text</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Strings</translation>
    </message>
    <message>
        <source>a map of names to strings</source>
        <translation>eine Zuordnung von Namen zu Strings</translation>
    </message>
    <message>
        <source> (write &quot;&quot; for an empty string)</source>
        <translation> (für einen leeren String &quot;&quot; schreiben)</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the boolean %1</source>
        <translation>der Wahrheitswert %1</translation>
    </message>
    <message>
        <source>the integer %1</source>
        <translation>die Ganzzahl %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>der String &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a key must be a name</source>
        <translation>ein Schlüssel muss ein Name sein</translation>
    </message>
    <message>
        <source>duplicate key %1 (first given at line %2)</source>
        <translation>doppelter Schlüssel %1 (zuerst angegeben in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 must be a map of keys, not %2</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2</source>
        <translation>%1 muss eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2%3</source>
        <translation>%1 muss ein String sein, nicht %2%3</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3%4</source>
        <translation>%1 muss %2 sein, nicht %3%4</translation>
    </message>
    <message>
        <source> (YAML 1.2 booleans are true and false)</source>
        <translation> (Wahrheitswerte in YAML 1.2 sind true und false)</translation>
    </message>
    <message>
        <source>%1 is %2, too large for an integer</source>
        <translation>%1 ist %2, zu groß für eine Ganzzahl</translation>
    </message>
    <message>
        <source>%1 must be a finite number, not %2</source>
        <translation>%1 muss eine endliche Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source> (write [%1] for a single item)</source>
        <translation> (für einen einzelnen Eintrag [%1] schreiben)</translation>
    </message>
    <message>
        <source>items of %1 must be strings, not %2</source>
        <translation>Einträge von %1 müssen Strings sein, nicht %2</translation>
    </message>
    <message>
        <source>value of %1 in %2 must be a string, not %3</source>
        <translation>der Wert von %1 in %2 muss ein String sein, nicht %3</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); a design file is UTF-8 text, was it saved in another encoding?</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); eine Entwurfsdatei ist UTF-8-Text, wurde sie in einer anderen Kodierung gespeichert?</translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation>ein Szenario</translation>
    </message>
    <message>
        <source>a second scenario named %1 (scenario names are unique)</source>
        <translation>ein zweites Szenario namens %1 (Szenarionamen sind eindeutig)</translation>
    </message>
    <message>
        <source>a scenario override is written id.key=value (web.max_tasks=40, workload.peak_rps=2000), not %1</source>
        <translation>eine Szenario-Überschreibung wird als id.key=value geschrieben (web.max_tasks=40, workload.peak_rps=2000), nicht %1</translation>
    </message>
    <message>
        <source>unknown key %1 in a scenario%2</source>
        <translation>unbekannter Schlüssel %1 in einem Szenario%2</translation>
    </message>
    <message>
        <source>a scenario needs a &apos;name&apos;</source>
        <translation>ein Szenario benötigt einen &apos;name&apos;</translation>
    </message>
</context>
<context>
    <name>Infra::DiscoveryDialog</name>
    <message>
        <source>default %1</source>
        <translation>Vorgabe %1</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>keine Vorgabe</translation>
    </message>
    <message>
        <source>Project and dependencies</source>
        <translation>Projekt und Abhängigkeiten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>Celery</translation>
    </message>
    <message>
        <source>Existing infrastructure</source>
        <translation>Vorhandene Infrastruktur</translation>
    </message>
    <message>
        <source>Processes and deployment</source>
        <translation>Prozesse und Bereitstellung</translation>
    </message>
    <message>
        <source>Click to show %1 at line %2</source>
        <translation>Klicken Sie, um %1 in Zeile %2 anzuzeigen</translation>
    </message>
    <message>
        <source>New from Django Project</source>
        <translation>Neu aus Django-Projekt</translation>
    </message>
    <message>
        <source>Django project:</source>
        <translation>Django-Projekt:</translation>
    </message>
    <message>
        <source>Propose PostgreSQL when the project uses another database</source>
        <translation>PostgreSQL vorschlagen, wenn das Projekt eine andere Datenbank nutzt</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Click an evidence to see the file.</source>
        <translation>Klicken Sie auf einen Beleg, um die Datei anzuzeigen.</translation>
    </message>
    <message>
        <source>Create Design…</source>
        <translation>Entwurf anlegen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Read without running any of its code: %2 files listed, %3 read. %4 facts, %5 not found, %6 conflicts, %7 files not read.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Gelesen, ohne Code daraus auszuführen: %2 Dateien aufgelistet, %3 gelesen. %4 Fakten, %5 nicht gefunden, %6 Konflikte, %7 Dateien nicht gelesen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>one source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>andere Quelle</translation>
    </message>
    <message>
        <source>Proposed design</source>
        <translation>Vorgeschlagener Entwurf</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>(%1 cannot be shown)</source>
        <translation>(%1 kann nicht angezeigt werden)</translation>
    </message>
    <message>
        <source>No design was proposed.</source>
        <translation>Es wurde kein Entwurf vorgeschlagen.</translation>
    </message>
    <message>
        <source>Django Project Folder</source>
        <translation>Ordner des Django-Projekts</translation>
    </message>
    <message>
        <source>Save the Proposed Design</source>
        <translation>Vorgeschlagenen Entwurf speichern</translation>
    </message>
</context>
<context>
    <name>Infra::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Infra::DocumentManager</name>
    <message>
        <source>Infra Studio designs (*.infra.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Infra-Studio-Entwürfe (*.infra.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before continuing?</source>
        <translation>„%1“ enthält ungespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>“%1” could not be opened: %n problem(s) found. The current design is unchanged.</source>
        <translation>
            <numerusform>„%1“ konnte nicht geöffnet werden: %n Problem gefunden. Der aktuelle Entwurf bleibt unverändert.</numerusform>
            <numerusform>„%1“ konnte nicht geöffnet werden: %n Probleme gefunden. Der aktuelle Entwurf bleibt unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infra::ExportDialog</name>
    <message>
        <source>&amp;Terraform (terraform/*.tf)</source>
        <translation>&amp;Terraform (terraform/*.tf)</translation>
    </message>
    <message>
        <source>&amp;Documents (docs/…)</source>
        <translation>&amp;Dokumente (docs/…)</translation>
    </message>
    <message>
        <source>&amp;Configs (config/…)</source>
        <translation>&amp;Konfigurationen (config/…)</translation>
    </message>
    <message>
        <source>D&amp;iagram (docs/architecture/diagram.svg, .png)</source>
        <translation>D&amp;iagramm (docs/architecture/diagram.svg, .png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Zielordner des Exports</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Choose a folder to see what the export will write.</source>
        <translation>Wählen Sie einen Ordner, um zu sehen, was der Export schreiben wird.</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one part.</source>
        <translation>Nichts zu exportieren: Wählen Sie mindestens einen Teil.</translation>
    </message>
    <message>
        <source>%1 to create, %2 to change, %3 unchanged.</source>
        <translation>%1 anzulegen, %2 zu ändern, %3 unverändert.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Kein Ordner gewählt</translation>
    </message>
    <message>
        <source>%1: could not create the folder</source>
        <translation>%1: Der Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Export to %1: %2 created, %3 changed, %4 unchanged.</source>
        <translation>Export nach %1: %2 angelegt, %3 geändert, %4 unverändert.</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Export To Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>change (edited by hand since the last export)</source>
        <translation>ändern (seit dem letzten Export von Hand bearbeitet)</translation>
    </message>
    <message>
        <source>Files Edited by Hand</source>
        <translation>Von Hand bearbeitete Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n generated file(s) changed on disk since the last export:</source>
        <translation>
            <numerusform>%n erzeugte Datei wurde seit dem letzten Export auf der Platte geändert:</numerusform>
            <numerusform>%n erzeugte Dateien wurden seit dem letzten Export auf der Platte geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Overwrite them with the design&apos;s version, or keep them as they are?</source>
        <translation>Mit der Fassung des Entwurfs überschreiben oder unverändert behalten?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Kept as edited by hand: %1</source>
        <translation>Von Hand bearbeitet behalten: %1</translation>
    </message>
    <message>
        <source>The design cannot be exported as it is:</source>
        <translation>Der Entwurf kann so nicht exportiert werden:</translation>
    </message>
    <message>
        <source>Export refused: nothing was written.</source>
        <translation>Export verweigert: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Infra::FindingsModel</name>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>Infra::FindingsPanel</name>
    <message>
        <source>Findings — %1, %2, %3</source>
        <translation>Befunde — %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the errors</source>
        <translation>Fehler ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the warnings</source>
        <translation>Warnungen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the notes</source>
        <translation>Hinweise ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Problems found in the design with severity, rule, component and message; activate one to select its component</source>
        <translation>Im Entwurf gefundene Probleme mit Schweregrad, Regel, Komponente und Meldung; aktivieren Sie eines, um seine Komponente auszuwählen</translation>
    </message>
    <message>
        <source>Apply Quick Fix</source>
        <translation>Schnellkorrektur anwenden</translation>
    </message>
    <message>
        <source>The selected finding has no automatic fix; its hint says what to change</source>
        <translation>Für den gewählten Befund gibt es keine automatische Korrektur; sein Hinweis sagt, was zu ändern ist</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
</context>
<context>
    <name>Infra::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Anleitung „Erste Schritte“</translation>
    </message>
    <message>
        <source>&amp;Open Reference Design</source>
        <translation>Referenzentwurf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The reference design is not installed.</source>
        <translation>Der Referenzentwurf ist nicht installiert.</translation>
    </message>
</context>
<context>
    <name>Infra::InspectorPanel</name>
    <message>
        <source>Design settings — select a component to edit it</source>
        <translation>Entwurfseinstellungen — wählen Sie eine Komponente aus, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>Celery</translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters they share</source>
        <translation>Gemeinsame Parameter</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Abgeleitet</translation>
    </message>
    <message>
        <source>The selected components have different values.</source>
        <translation>Die ausgewählten Komponenten haben unterschiedliche Werte.</translation>
    </message>
    <message>
        <source>%1 has no parameter %2</source>
        <translation>%1 hat keinen Parameter %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not changed — %1</source>
        <translation>Nicht geändert — %1</translation>
    </message>
    <message>
        <source>no parameter %1</source>
        <translation>kein Parameter %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Monthly cost of the selection&lt;/b&gt;: %1 (min %2, max %3)</source>
        <translation>&lt;b&gt;Monatliche Kosten der Auswahl&lt;/b&gt;: %1 (min. %2, max. %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Monthly cost&lt;/b&gt;: %1 desired (min %2, max %3)&lt;br&gt;</source>
        <translation>&lt;b&gt;Monatliche Kosten&lt;/b&gt;: %1 gewünscht (min. %2, max. %3)&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connections&lt;/b&gt;: %1, security groups: %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Verbindungen&lt;/b&gt;: %1, Sicherheitsgruppen: %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database connections&lt;/b&gt;: %1 desired, %2 at maximum scale (budget %3)</source>
        <translation>&lt;b&gt;Datenbankverbindungen&lt;/b&gt;: %1 gewünscht, %2 bei maximaler Skalierung (Budget %3)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Security group %1</source>
        <translation>Sicherheitsgruppe %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connections reaching the database&lt;/b&gt;: %1 desired, %2 maximum; default limit %3, max_connections %4&lt;br&gt;</source>
        <translation>&lt;b&gt;Verbindungen zur Datenbank&lt;/b&gt;: %1 gewünscht, %2 maximal; Standardgrenze %3, max_connections %4&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;pgBouncer&lt;/b&gt;: default_pool_size %1, max_client_conn %2, reserve %3&lt;br&gt;</source>
        <translation>&lt;b&gt;pgBouncer&lt;/b&gt;: default_pool_size %1, max_client_conn %2, Reserve %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>The parameters of the selected components, or of the design when nothing is selected</source>
        <translation>Die Parameter der ausgewählten Komponenten, oder des Entwurfs, wenn nichts ausgewählt ist</translation>
    </message>
    <message>
        <source>The name shown on the canvas and in the documents; the id stays the same</source>
        <translation>Der Name auf der Arbeitsfläche und in den Dokumenten; die ID bleibt gleich</translation>
    </message>
    <message>
        <source>Component name</source>
        <translation>Komponentenname</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Not changed — a component needs a name</source>
        <translation>Nicht geändert — eine Komponente braucht einen Namen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Findings&lt;/b&gt;: %1, %2, %3&lt;br&gt;</source>
        <translation>&lt;b&gt;Befunde&lt;/b&gt;: %1, %2, %3&lt;br&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Pool&lt;/b&gt;: %1; %2 → %3, at maximum %4 → %5&lt;br&gt;</source>
        <translation>&lt;b&gt;Pool&lt;/b&gt;: %1; %2 → %3, maximal %4 → %5&lt;br&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) per task</source>
        <translation>
            <numerusform>%n Verbindung pro Task</numerusform>
            <numerusform>%n Verbindungen pro Task</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Derived facts</source>
        <translation>Abgeleitete Angaben</translation>
    </message>
    <message>
        <source>Connections, security-group rules, cost lines and pool figures of the selection</source>
        <translation>Verbindungen, Sicherheitsgruppenregeln, Kostenposten und Pool-Werte der Auswahl</translation>
    </message>
    <message>
        <source>Capacity at peak</source>
        <translation>Kapazität zur Spitze</translation>
    </message>
    <message>
        <source>%1 of %2 %3 (%4 %)</source>
        <translation>%1 von %2 %3 (%4 %)</translation>
    </message>
    <message>
        <source>unbounded (capacity %1 %2)</source>
        <translation>unbegrenzt (Kapazität %1 %2)</translation>
    </message>
    <message>
        <source>Celery Routes</source>
        <translation>Celery-Routen</translation>
    </message>
    <message>
        <source>Design Note</source>
        <translation>Entwurfsnotiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Infra::LineItemsModel</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Min $/mo</source>
        <translation>Min. $/Monat</translation>
    </message>
    <message>
        <source>Desired $/mo</source>
        <translation>Gewünscht $/Monat</translation>
    </message>
    <message>
        <source>Max $/mo</source>
        <translation>Max. $/Monat</translation>
    </message>
</context>
<context>
    <name>Infra::MainActions</name>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>In Fenster ein&amp;passen</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>Automatisch anor&amp;dnen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Raster an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Infra Studio</source>
        <translation>&amp;Über Infra Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>About Infra Studio</source>
        <translation>Über Infra Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Infra Studio %1&lt;/h3&gt;&lt;p&gt;A design studio for Django applications on AWS: draw the architecture, review its findings and costs, and export Terraform, docs and configs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Infra Studio %1&lt;/h3&gt;&lt;p&gt;Ein Designstudio für Django-Anwendungen auf AWS: Architektur zeichnen, Befunde und Kosten prüfen, Terraform, Dokumentation und Konfigurationen exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Show All IAM Acc&amp;ess Edges</source>
        <translation>Alle IAM-Zugriffskan&amp;ten zeigen</translation>
    </message>
    <message>
        <source>Draw every IAM-only access path (tasks to S3, Secrets Manager, ECR, CloudWatch). When off, a selected node&apos;s access paths are still drawn.</source>
        <translation>Jeden reinen IAM-Zugriffsweg zeichnen (Tasks zu S3, Secrets Manager, ECR, CloudWatch). Ausgeschaltet werden die Zugriffswege eines ausgewählten Knotens weiterhin gezeichnet.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>S&amp;uchen …</translation>
    </message>
    <message>
        <source>New from &amp;Django Project…</source>
        <translation>Neu aus &amp;Django-Projekt …</translation>
    </message>
    <message>
        <source>Compare with &amp;File…</source>
        <translation>Mit Datei &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Compare with &amp;Git Revision…</source>
        <translation>Mit &amp;Git-Revision vergleichen …</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Prüfbericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>Dru&amp;cken …</translation>
    </message>
    <message>
        <source>Show Lege&amp;nd</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <source>The kinds of component and the edge styles on the canvas, in its lower left corner</source>
        <translation>Die Komponentenarten und Kantenstile der Arbeitsfläche, in ihrer linken unteren Ecke</translation>
    </message>
    <message>
        <source>Show &amp;Minimap</source>
        <translation>&amp;Minikarte anzeigen</translation>
    </message>
    <message>
        <source>The whole design small in the lower right corner; click or drag in it to move the view</source>
        <translation>Der ganze Entwurf verkleinert in der rechten unteren Ecke; darin klicken oder ziehen, um die Ansicht zu bewegen</translation>
    </message>
    <message>
        <source>Revie&amp;w Layout</source>
        <translation>Prü&amp;flayout</translation>
    </message>
    <message>
        <source>Full screen for a review meeting: the canvas large with larger text, the panels as tabs; its panel arrangement is remembered apart from the editing layout&apos;s</source>
        <translation>Vollbild für eine Prüfbesprechung: die Arbeitsfläche groß mit größerer Schrift, die Bereiche als Reiter; die Anordnung der Bereiche wird getrennt von der des Bearbeitungslayouts gespeichert</translation>
    </message>
</context>
<context>
    <name>Infra::MainWindow</name>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1[*] — Infra Studio</source>
        <translation>%1[*] — Infra Studio</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>einem unbenannten Entwurf</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Infra Studio did not close properly. Unsaved changes to %1 were recovered.</source>
        <translation>Infra Studio wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Design canvas</source>
        <translation>Arbeitsfläche des Entwurfs</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Komponenten</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>K&amp;osten</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Component palette</source>
        <translation>Komponentenpalette</translation>
    </message>
    <message>
        <source>The kinds of component; drag one onto the canvas, or press Enter, to add it</source>
        <translation>Die Komponentenarten; ziehen Sie eine auf die Arbeitsfläche oder drücken Sie die Eingabetaste, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved %1 at %2</source>
        <translation>%1 um %2 gespeichert</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>Ent&amp;scheidungen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Findings and review</source>
        <translation>Befunde und Prüfbericht</translation>
    </message>
    <message>
        <source>The findings of the design, and the review checklist</source>
        <translation>Die Befunde des Entwurfs und die Prüfcheckliste</translation>
    </message>
</context>
<context>
    <name>Infra::NodeItem</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>Infra::NodeVisual</name>
    <message>
        <source>cache hit %1 % · %2</source>
        <translation>Cache-Trefferquote %1 % · %2</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation>öffentlich erreichbar</translation>
    </message>
    <message>
        <source>HTTPS 443 · redirect 80</source>
        <translation>HTTPS 443 · Weiterleitung von 80</translation>
    </message>
    <message>
        <source>HTTPS 443</source>
        <translation>HTTPS 443</translation>
    </message>
    <message>
        <source>%1 ×%2 · %3</source>
        <translation>%1 ×%2 · %3</translation>
    </message>
    <message>
        <source>queues: %1</source>
        <translation>Warteschlangen: %1</translation>
    </message>
    <message>
        <source>c=%1 · %2</source>
        <translation>c=%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · PostgreSQL %2</source>
        <translation>%1 · PostgreSQL %2</translation>
    </message>
    <message>
        <source>%1 · %2 %3→%4 GB</source>
        <translation>%1 · %2 %3→%4 GB</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>Single-AZ</source>
        <translation>Single-AZ</translation>
    </message>
    <message>
        <source>%1 pool · port %2</source>
        <translation>Pool: %1 · Port %2</translation>
    </message>
    <message>
        <source>%1 sizing · %2 tasks</source>
        <translation>Dimensionierung: %1 · %2 Tasks</translation>
    </message>
    <message>
        <source>%1 · Redis %2</source>
        <translation>%1 · Redis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)%1</source>
        <translation>
            <numerusform>%n Replikat%1</numerusform>
            <numerusform>%n Replikate%1</numerusform>
        </translation>
    </message>
    <message>
        <source> · failover</source>
        <translation> · Failover</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>versioned</source>
        <translation>versioniert</translation>
    </message>
    <message>
        <source>unversioned</source>
        <translation>unversioniert</translation>
    </message>
    <message>
        <source>keep %1 images</source>
        <translation>%1 Images aufbewahren</translation>
    </message>
    <message>
        <source>scan on push</source>
        <translation>Scan beim Push</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Secrets</translation>
    </message>
    <message>
        <source>rotate every %1 d</source>
        <translation>Rotation alle %1 d</translation>
    </message>
    <message>
        <source>no rotation</source>
        <translation>keine Rotation</translation>
    </message>
    <message>
        <source>logs kept %1 d</source>
        <translation>Logs %1 d aufbewahrt</translation>
    </message>
    <message>
        <source>standard alarms</source>
        <translation>Standardalarme</translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation>keine Alarme</translation>
    </message>
    <message>
        <source>Celery broker</source>
        <translation>Celery-Broker</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>visibility %1 s</source>
        <translation>Sichtbarkeit %1 s</translation>
    </message>
    <message>
        <source>%1 vCPU · %2 GB · %3</source>
        <translation>%1 vCPU · %2 GB · %3</translation>
    </message>
    <message>
        <source>tasks %1–%2–%3</source>
        <translation>Tasks %1–%2–%3</translation>
    </message>
    <message>
        <source>$%1/mo</source>
        <extracomment>Monthly cost on a diagram node; %1 is the amount in US dollars.</extracomment>
        <translation>$%1/Monat</translation>
    </message>
    <message>
        <source>Serverless v2 %1–%2 ACU · PostgreSQL %3</source>
        <translation>Serverless v2 %1–%2 ACU · PostgreSQL %3</translation>
    </message>
    <message numerus="yes">
        <source>writer + %n reader(s)%1</source>
        <translation>
            <numerusform>Writer + %n Reader%1</numerusform>
            <numerusform>Writer + %n Reader%1</numerusform>
        </translation>
    </message>
    <message>
        <source> · I/O-Optimized</source>
        <translation> · I/O-Optimized</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n Zeitplan</numerusform>
            <numerusform>%n Zeitpläne</numerusform>
        </translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation>Zeitzone %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 shard(s) × %2 replica(s) · %3</source>
        <translation>%1 Shard(s) × %2 Replikat(e) · %3</translation>
    </message>
</context>
<context>
    <name>Infra::NoteEditor</name>
    <message>
        <source>A note on the design for the review (shown in the report)</source>
        <translation>Eine Notiz zum Entwurf für die Prüfung (im Bericht gezeigt)</translation>
    </message>
    <message>
        <source>A note on this component for the review (a badge on the canvas, in the report)</source>
        <translation>Eine Notiz zu dieser Komponente für die Prüfung (ein Abzeichen auf der Arbeitsfläche, im Bericht)</translation>
    </message>
    <message>
        <source>Saved with the design when the field loses the focus or on Ctrl+Return; Undo takes it back</source>
        <translation>Wird mit dem Entwurf gespeichert, wenn das Feld den Fokus verliert oder bei Strg+Eingabe; Rückgängig nimmt sie zurück</translation>
    </message>
    <message>
        <source>Design note</source>
        <translation>Entwurfsnotiz</translation>
    </message>
    <message>
        <source>Component note</source>
        <translation>Komponentennotiz</translation>
    </message>
</context>
<context>
    <name>Infra::ParameterEditor</name>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>key=value, …</source>
        <translation>Schlüssel=Wert, …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A choice in a combo box: the word in your language, then the value the design file takes.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Value in the design file: %1</source>
        <translation>Wert in der Entwurfsdatei: %1</translation>
    </message>
</context>
<context>
    <name>Infra::PreferencesDialog</name>
    <message>
        <source>Snap nodes to the grid while dragging</source>
        <translation>Knoten beim Ziehen am Raster ausrichten</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Raster anzeigen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Arbeitsfläche:</translation>
    </message>
    <message>
        <source>Autosave for recovery every:</source>
        <translation>Wiederherstellungsdaten sichern alle:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect the next time Infra Studio starts.</source>
        <translation>Wird beim nächsten Start von Infra Studio wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The colours of the window, the canvas, the charts and the preview. Takes effect at once.</source>
        <translation>Die Farben des Fensters, der Arbeitsfläche, der Diagramme und der Vorschau. Wirkt sofort.</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>Infra::PreviewPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save Preview As</source>
        <translation>Vorschau speichern unter</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Emitted files</source>
        <translation>Erzeugte Dateien</translation>
    </message>
    <message>
        <source>The Terraform, document and configuration files the design produces</source>
        <translation>Die Terraform-, Dokument- und Konfigurationsdateien, die der Entwurf erzeugt</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Dateivorschau</translation>
    </message>
    <message>
        <source>The selected emitted file, read-only; lines changed by the last edit are marked</source>
        <translation>Die ausgewählte erzeugte Datei, schreibgeschützt; von der letzten Änderung betroffene Zeilen sind markiert</translation>
    </message>
    <message>
        <source>Copy the shown file to the clipboard</source>
        <translation>Die angezeigte Datei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save the shown file under a name of your choice</source>
        <translation>Die angezeigte Datei unter einem Namen Ihrer Wahl speichern</translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation>Datei kopieren</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <source>This Terraform cannot be applied; the export refuses it:</source>
        <translation>Dieses Terraform kann nicht angewendet werden; der Export verweigert es:</translation>
    </message>
</context>
<context>
    <name>Infra::QuickFix</name>
    <message>
        <source>Move route &apos;%1&apos; above &apos;%2&apos;</source>
        <translation>Route &apos;%1&apos; über &apos;%2&apos; verschieben</translation>
    </message>
    <message>
        <source>Turn on Multi-AZ for %1</source>
        <translation>Multi-AZ für %1 einschalten</translation>
    </message>
    <message>
        <source>Set the minimum tasks of %1 to 2</source>
        <translation>Mindestzahl der Tasks von %1 auf 2 setzen</translation>
    </message>
    <message>
        <source>Move %1 off the card below it</source>
        <translation>%1 von der Karte darunter wegschieben</translation>
    </message>
</context>
<context>
    <name>Infra::ReportExport</name>
    <message>
        <source>Export Review Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>HTML-Seite (*.html);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Review report written to %1</source>
        <translation>Prüfbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Prüfbericht: %1</translation>
    </message>
    <message>
        <source>Print Review Report</source>
        <translation>Prüfbericht drucken</translation>
    </message>
</context>
<context>
    <name>Infra::Review</name>
    <message>
        <source>FAILED: %1</source>
        <translation>NICHT ERFÜLLT: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>network spans %1 Availability Zones</source>
        <translation>das Netz erstreckt sich über %1 Availability Zones</translation>
    </message>
    <message>
        <source>%1: multi_az %2</source>
        <translation>%1: multi_az %2</translation>
    </message>
    <message>
        <source>%1: automatic_failover %2, multi_az %3, %4 replica(s)</source>
        <translation>%1: automatic_failover %2, multi_az %3, %4 Replikat(e)</translation>
    </message>
    <message>
        <source>%1: at least %2 task(s)</source>
        <translation>%1: mindestens %2 Task(s)</translation>
    </message>
    <message>
        <source>%1: %2 task(s)</source>
        <translation>%1: %2 Task(s)</translation>
    </message>
    <message>
        <source>every Fargate task runs on Graviton (arm64)</source>
        <translation>jeder Fargate-Task läuft auf Graviton (arm64)</translation>
    </message>
    <message>
        <source>optimization path: %1 on x86_64; arm64 costs about 20 % less</source>
        <translation>Optimierungspfad: %1 auf x86_64; arm64 kostet etwa 20 % weniger</translation>
    </message>
    <message>
        <source>%1: %2, %3 storage</source>
        <translation>%1: %2, Speicher %3</translation>
    </message>
    <message>
        <source>no cost estimate available (budget %1 USD/month)</source>
        <translation>keine Kostenschätzung verfügbar (Budget %1 USD/Monat)</translation>
    </message>
    <message>
        <source>estimate at desired scale within the budget of %1 USD/month</source>
        <translation>Schätzung bei gewünschter Größe innerhalb des Budgets von %1 USD/Monat</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>kein Budget festgelegt</translation>
    </message>
    <message>
        <source>desired: %1 connections (pool %2, max_client_conn %3); maximum: %4 connections (pool %5, max_client_conn %6, max_connections %7)</source>
        <translation>gewünscht: %1 Verbindungen (Pool %2, max_client_conn %3); maximal: %4 Verbindungen (Pool %5, max_client_conn %6, max_connections %7)</translation>
    </message>
    <message>
        <source>%1 security groups, %2 rules: %3 between groups, %4 to or from 0.0.0.0/0 (ALB listeners, HTTPS egress)</source>
        <translation>%1 Sicherheitsgruppen, %2 Regeln: %3 zwischen Gruppen, %4 von oder nach 0.0.0.0/0 (ALB-Listener, HTTPS-Ausgang)</translation>
    </message>
    <message>
        <source>Resilience: Multi-AZ deployment with automatic failover</source>
        <translation>Ausfallsicherheit: Multi-AZ-Bereitstellung mit automatischem Failover</translation>
    </message>
    <message>
        <source>Scalability: Clear scaling policies with defined thresholds</source>
        <translation>Skalierbarkeit: klare Skalierungsrichtlinien mit festgelegten Schwellenwerten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 database connections at maximum scale, budget %2</source>
        <translation>%1 Datenbankverbindungen bei maximaler Größe, Budget %2</translation>
    </message>
    <message>
        <source>Security: Least-privilege access, encryption at rest and in transit</source>
        <translation>Sicherheit: minimale Rechte, Verschlüsselung im Ruhezustand und bei der Übertragung</translation>
    </message>
    <message>
        <source>database, Redis and buckets encrypted; nothing public but the load balancer</source>
        <translation>Datenbank, Redis und Buckets verschlüsselt; nur der Load Balancer ist öffentlich</translation>
    </message>
    <message>
        <source>Cost Efficiency: Right-sized resources with optimization path</source>
        <translation>Kosteneffizienz: passend dimensionierte Ressourcen mit Optimierungspfad</translation>
    </message>
    <message>
        <source>Observability: Logging, metrics, and alerting configured</source>
        <translation>Beobachtbarkeit: Logging, Metriken und Alarme eingerichtet</translation>
    </message>
    <message>
        <source>no CloudWatch component</source>
        <translation>keine CloudWatch-Komponente</translation>
    </message>
    <message>
        <source>%1: logs kept %2 days</source>
        <translation>%1: Logs werden %2 Tage aufbewahrt</translation>
    </message>
    <message>
        <source>%1: alarms %2</source>
        <translation>%1: alarms %2</translation>
    </message>
    <message>
        <source>%1: container_insights %2</source>
        <translation>%1: container_insights %2</translation>
    </message>
    <message>
        <source>%1: performance_insights %2, enhanced monitoring every %3 s</source>
        <translation>%1: performance_insights %2, erweitertes Monitoring alle %3 s</translation>
    </message>
    <message>
        <source>Documentation: ADRs for decisions, runbooks for operations</source>
        <translation>Dokumentation: ADRs für Entscheidungen, Runbooks für den Betrieb</translation>
    </message>
    <message>
        <source>ADRs and runbooks are written by the export, not held in the design</source>
        <translation>ADRs und Runbooks schreibt der Export; sie sind nicht Teil des Entwurfs</translation>
    </message>
    <message>
        <source>Application workload is understood (request patterns, background tasks)</source>
        <translation>Die Last der Anwendung ist verstanden (Anfragemuster, Hintergrundaufgaben)</translation>
    </message>
    <message>
        <source>%1 req/s average, %2 req/s peak</source>
        <translation>%1 Anfragen/s im Mittel, %2 Anfragen/s in der Spitze</translation>
    </message>
    <message>
        <source>%1 Celery route(s) for %2 worker group(s)</source>
        <translation>%1 Celery-Route(n) für %2 Worker-Gruppe(n)</translation>
    </message>
    <message>
        <source>Scaling strategy is defined for all components</source>
        <translation>Für alle Komponenten ist eine Skalierungsstrategie festgelegt</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>no ECS service in the design</source>
        <translation>kein ECS-Service im Entwurf</translation>
    </message>
    <message>
        <source>Database sizing and connection pooling is calculated</source>
        <translation>Datenbankgröße und Connection Pooling sind berechnet</translation>
    </message>
    <message>
        <source>no database in the design</source>
        <translation>keine Datenbank im Entwurf</translation>
    </message>
    <message>
        <source>%1 pools %2 server connections per task (%3 tasks)</source>
        <translation>%1 bündelt %2 Serververbindungen pro Task (%3 Tasks)</translation>
    </message>
    <message>
        <source>no pgBouncer, %1 direct connections at maximum scale</source>
        <translation>kein pgBouncer, %1 direkte Verbindungen bei maximaler Größe</translation>
    </message>
    <message>
        <source>%1 (%2): %3 connections at maximum scale within a budget of %4 (instance default %5, override %6)</source>
        <translation>%1 (%2): %3 Verbindungen bei maximaler Größe innerhalb eines Budgets von %4 (Standard der Instanz %5, Vorgabe %6)</translation>
    </message>
    <message>
        <source>%1: unknown instance class %2</source>
        <translation>%1: unbekannte Instanzklasse %2</translation>
    </message>
    <message>
        <source>Caching strategy addresses hot paths</source>
        <translation>Die Caching-Strategie deckt die heißen Pfade ab</translation>
    </message>
    <message>
        <source>Django cache in Redis</source>
        <translation>Django-Cache in Redis</translation>
    </message>
    <message>
        <source>no Redis with the cache role reached by the web service</source>
        <translation>kein Redis mit der Rolle cache, den der Web-Service erreicht</translation>
    </message>
    <message>
        <source>static and media files served from the CloudFront edge</source>
        <translation>statische und Mediendateien kommen vom CloudFront-Edge</translation>
    </message>
    <message>
        <source>no CloudFront in front of the static or media bucket</source>
        <translation>kein CloudFront vor dem Static- oder Media-Bucket</translation>
    </message>
    <message>
        <source>Celery queues are designed for workload types</source>
        <translation>Die Celery-Queues sind nach Lastarten geschnitten</translation>
    </message>
    <message>
        <source>no Celery workers in the design</source>
        <translation>keine Celery-Worker im Entwurf</translation>
    </message>
    <message>
        <source>%1: queues %2, concurrency %3</source>
        <translation>%1: Queues %2, Parallelität %3</translation>
    </message>
    <message>
        <source>Security groups follow least privilege</source>
        <translation>Die Sicherheitsgruppen folgen dem Prinzip der minimalen Rechte</translation>
    </message>
    <message>
        <source>Backup and disaster recovery is planned</source>
        <translation>Sicherung und Notfallwiederherstellung sind geplant</translation>
    </message>
    <message>
        <source>%1: backups kept %2 days</source>
        <translation>%1: Sicherungen werden %2 Tage aufbewahrt</translation>
    </message>
    <message>
        <source>%1: snapshots kept %2 days</source>
        <translation>%1: Snapshots werden %2 Tage aufbewahrt</translation>
    </message>
    <message>
        <source>%1: versioning %2</source>
        <translation>%1: versioning %2</translation>
    </message>
    <message>
        <source>Cost estimate is within budget</source>
        <translation>Die Kostenschätzung liegt im Budget</translation>
    </message>
    <message>
        <source>ADRs exist for significant decisions</source>
        <translation>Für wichtige Entscheidungen gibt es ADRs</translation>
    </message>
    <message>
        <source>ADRs are written by the export (docs/adrs)</source>
        <translation>ADRs schreibt der Export (docs/adrs)</translation>
    </message>
    <message>
        <source>Runbooks cover operational scenarios</source>
        <translation>Runbooks decken die Betriebsszenarien ab</translation>
    </message>
    <message>
        <source>runbooks are written by the export (docs/runbooks)</source>
        <translation>Runbooks schreibt der Export (docs/runbooks)</translation>
    </message>
    <message>
        <source>Terraform code follows best practices</source>
        <translation>Der Terraform-Code folgt bewährten Verfahren</translation>
    </message>
    <message>
        <source>checked on the emitted Terraform, not on the design</source>
        <translation>wird am erzeugten Terraform geprüft, nicht am Entwurf</translation>
    </message>
    <message>
        <source>Multi-AZ/high-availability is configured</source>
        <translation>Multi-AZ/Hochverfügbarkeit ist eingerichtet</translation>
    </message>
    <message>
        <source>%1 NAT gateway(s) for %2 zones</source>
        <translation>%1 NAT-Gateway(s) für %2 Zonen</translation>
    </message>
    <message>
        <source>Resources are sized for the workload (capacity at peak)</source>
        <translation>Die Ressourcen sind für die Last bemessen (Kapazität zur Spitze)</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 %5 (%6 %)</source>
        <translation>%1: %2 %3 von %4 %5 (%6 %)</translation>
    </message>
    <message>
        <source>%1: %2 unbounded (capacity %3 %4)</source>
        <translation>%1: %2 unbegrenzt (Kapazität %3 %4)</translation>
    </message>
    <message>
        <source>no web service, Celery worker, database or Redis to size</source>
        <translation>kein Webdienst, Celery-Worker, keine Datenbank und kein Redis zu bemessen</translation>
    </message>
    <message>
        <source>%1 measures carry the peak; the busiest: %2, %3 at %4 %</source>
        <translation>%1 Größen tragen die Spitze; am stärksten ausgelastet: %2, %3 mit %4 %</translation>
    </message>
    <message>
        <source>%1: %2 replica(s) per shard</source>
        <translation>%1: %2 Replikat(e) je Shard</translation>
    </message>
    <message>
        <source>%1: %2 reader(s) to fail over to</source>
        <translation>%1: %2 Reader für das Failover</translation>
    </message>
</context>
<context>
    <name>Infra::ReviewModel</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Quality standard</source>
        <translation>Qualitätsstandard</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Review: %1 passed, %2 failed, %3 not evaluated</source>
        <translation>Prüfbericht: %1 bestanden, %2 nicht bestanden, %3 nicht bewertet</translation>
    </message>
</context>
<context>
    <name>Infra::ReviewPanel</name>
    <message>
        <source>Review checklist</source>
        <translation>Prüfcheckliste</translation>
    </message>
    <message>
        <source>The playbook&apos;s quality standards and self-verification checklist judged on the design, with evidence</source>
        <translation>Die Qualitätsstandards und die Checkliste zur Selbstprüfung des Playbooks, am Entwurf beurteilt, mit Belegen</translation>
    </message>
</context>
<context>
    <name>Infra::Rules</name>
    <message>
        <source>Estimated monthly cost %1 USD at desired scale exceeds the budget of %2 USD by %3 USD (catalog %4)</source>
        <translation>Die geschätzten Monatskosten von %1 USD bei gewünschter Größe übersteigen das Budget von %2 USD um %3 USD (Katalog %4)</translation>
    </message>
    <message>
        <source>See the savings suggestions (infra-studio-cli cost --suggest), reduce desired tasks or instance sizes, or raise workload.monthly_budget_usd</source>
        <translation>Die Sparvorschläge ansehen (infra-studio-cli cost --suggest), gewünschte Tasks oder Instanzgrößen verringern oder workload.monthly_budget_usd erhöhen</translation>
    </message>
    <message>
        <source>At maximum autoscaling the estimate reaches %1 USD a month, above the budget of %2 USD (desired scale: %3 USD)</source>
        <translation>Bei maximaler automatischer Skalierung erreicht die Schätzung %1 USD im Monat, mehr als das Budget von %2 USD (gewünschte Größe: %3 USD)</translation>
    </message>
    <message>
        <source>Lower max_tasks where a sustained peak would break the budget, or accept the peak cost</source>
        <translation>max_tasks dort senken, wo eine anhaltende Spitze das Budget sprengen würde, oder die Spitzenkosten hinnehmen</translation>
    </message>
    <message>
        <source>RDS %1 is not Multi-AZ in a production design: a zone failure takes the database down</source>
        <translation>RDS %1 ist in einem Produktionsentwurf nicht Multi-AZ: fällt eine Zone aus, ist die Datenbank weg</translation>
    </message>
    <message>
        <source>Set multi_az to true on %1 (automatic failover to a standby in another zone)</source>
        <translation>multi_az auf %1 auf true setzen (automatisches Failover auf einen Standby in einer anderen Zone)</translation>
    </message>
    <message>
        <source>RDS %1 stores data, backups and snapshots unencrypted</source>
        <translation>RDS %1 speichert Daten, Sicherungen und Snapshots unverschlüsselt</translation>
    </message>
    <message>
        <source>Set storage_encrypted to true on %1 (needs a new instance from an encrypted snapshot when it exists)</source>
        <translation>storage_encrypted auf %1 auf true setzen (eine bestehende Instanz braucht dafür eine neue aus einem verschlüsselten Snapshot)</translation>
    </message>
    <message>
        <source>RDS %1 has a public address</source>
        <translation>RDS %1 hat eine öffentliche Adresse</translation>
    </message>
    <message>
        <source>Set publicly_accessible to false on %1; reach it through pgBouncer or a bastion</source>
        <translation>publicly_accessible auf %1 auf false setzen; Zugriff über pgBouncer oder einen Bastion-Host</translation>
    </message>
    <message>
        <source>RDS %1 can be deleted through the API</source>
        <translation>RDS %1 kann über die API gelöscht werden</translation>
    </message>
    <message>
        <source>Set deletion_protection to true on %1</source>
        <translation>deletion_protection auf %1 auf true setzen</translation>
    </message>
    <message>
        <source>RDS %1 has automated backups disabled</source>
        <translation>RDS %1 hat automatische Sicherungen ausgeschaltet</translation>
    </message>
    <message>
        <source>RDS %1 keeps backups %2 days, under 7</source>
        <translation>RDS %1 bewahrt Sicherungen %2 Tage auf, weniger als 7</translation>
    </message>
    <message>
        <source>Set backup_retention_days to 7 or more on %1</source>
        <translation>backup_retention_days auf %1 auf 7 oder mehr setzen</translation>
    </message>
    <message>
        <source>Redis %1 has automatic failover off</source>
        <translation>Redis %1 hat das automatische Failover ausgeschaltet</translation>
    </message>
    <message>
        <source>Redis %1 has automatic failover on but no replica to promote</source>
        <translation>Redis %1 hat automatisches Failover, aber kein Replikat, das übernehmen kann</translation>
    </message>
    <message>
        <source>Set replicas to 1 or more and automatic_failover to true on %1</source>
        <translation>replicas auf %1 auf 1 oder mehr und automatic_failover auf true setzen</translation>
    </message>
    <message>
        <source>Redis %1 keeps data and snapshots unencrypted on disk</source>
        <translation>Redis %1 legt Daten und Snapshots unverschlüsselt auf der Platte ab</translation>
    </message>
    <message>
        <source>Set at_rest_encryption to true on %1</source>
        <translation>at_rest_encryption auf %1 auf true setzen</translation>
    </message>
    <message>
        <source>Clients talk to Redis %1 in plain text (redis://)</source>
        <translation>Clients sprechen mit Redis %1 im Klartext (redis://)</translation>
    </message>
    <message>
        <source>Set transit_encryption to true on %1 (clients use rediss://)</source>
        <translation>transit_encryption auf %1 auf true setzen (Clients verwenden rediss://)</translation>
    </message>
    <message>
        <source>Redis %1 accepts clients without an AUTH token</source>
        <translation>Redis %1 nimmt Clients ohne AUTH-Token an</translation>
    </message>
    <message>
        <source>%1 asks for engine version %2, which AWS no longer creates (catalog of %3)</source>
        <translation>%1 verlangt die Engine-Version %2, die AWS nicht mehr anlegt (Katalog vom %3)</translation>
    </message>
    <message>
        <source>Set engine_version on %1 to a supported version, for example %2</source>
        <translation>Setzen Sie engine_version von %1 auf eine unterstützte Version, zum Beispiel %2</translation>
    </message>
    <message>
        <source>%1 runs engine version %2, past AWS standard support: Extended Support is charged (catalog of %3)</source>
        <translation>%1 läuft mit der Engine-Version %2 nach dem Ende des AWS-Standard-Supports: Extended Support kostet extra (Katalog vom %3)</translation>
    </message>
    <message>
        <source>%1 raises alarms that nobody receives: alarm_email is empty, so the alarm topic has no subscription</source>
        <translation>%1 löst Alarme aus, die niemand erhält: alarm_email ist leer, das Alarm-Topic hat kein Abonnement</translation>
    </message>
    <message>
        <source>Set alarm_email on %1 (or the Terraform variable alarm_email), or subscribe your paging tool to the alarm topic</source>
        <translation>Setzen Sie alarm_email von %1 (oder die Terraform-Variable alarm_email), oder abonnieren Sie das Alarm-Topic mit Ihrem Alarmierungswerkzeug</translation>
    </message>
    <message>
        <source>One NAT gateway serves all %1 Availability Zones: it saves a gateway per zone, but when its zone fails the private subnets of the others lose internet access (and cross-zone traffic is charged)</source>
        <translation>Ein NAT-Gateway bedient alle %1 Availability Zones: das spart ein Gateway je Zone, aber fällt seine Zone aus, verlieren die privaten Subnetze der anderen den Internetzugang (und zonenübergreifender Verkehr kostet)</translation>
    </message>
    <message>
        <source>Set nat_gateways to the AZ count for one gateway per zone, or keep one and accept the trade-off</source>
        <translation>Setzen Sie nat_gateways auf die Zahl der AZs für ein Gateway je Zone, oder behalten Sie eines und nehmen Sie den Kompromiss in Kauf</translation>
    </message>
    <message>
        <source>A production design in one Availability Zone stops completely when that zone fails</source>
        <translation>Ein Produktionsentwurf in einer einzigen Availability Zone fällt ganz aus, wenn diese Zone ausfällt</translation>
    </message>
    <message>
        <source>Set az_count to 2 or more for production</source>
        <translation>az_count für die Produktion auf 2 oder mehr setzen</translation>
    </message>
    <message>
        <source>The %1 environment runs in one Availability Zone: cheaper (one NAT gateway, no cross-zone traffic), but a zone outage stops it. The subnets still span two zones, as the load balancer and the RDS subnet group require</source>
        <translation>Die Umgebung %1 läuft in einer einzigen Availability Zone: günstiger (ein NAT-Gateway, kein zonenübergreifender Verkehr), aber ein Zonenausfall stoppt sie. Die Subnetze umfassen weiterhin zwei Zonen, wie der Load Balancer und die RDS-Subnetzgruppe es verlangen</translation>
    </message>
    <message>
        <source>Accept the risk outside production, or set az_count to 2</source>
        <translation>Das Risiko außerhalb der Produktion hinnehmen oder az_count auf 2 setzen</translation>
    </message>
    <message>
        <source>Plan the upgrade of %1 to %2</source>
        <translation>Planen Sie das Upgrade von %1 auf %2</translation>
    </message>
    <message>
        <source>RDS %1: the parameter override %2 fails: %3</source>
        <translation>RDS %1: die Parameter-Überschreibung %2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>Correct or remove the override %2 on %1 (see docs/aws-constraints.md for the units)</source>
        <translation>Korrigieren oder entfernen Sie die Überschreibung %2 von %1 (Einheiten: docs/aws-constraints.md)</translation>
    </message>
    <message>
        <source>Set auth_token to true on %1 (the token is kept in Secrets Manager)</source>
        <translation>auth_token auf %1 auf true setzen (das Token liegt im Secrets Manager)</translation>
    </message>
    <message>
        <source>Redis %1 asks for an AUTH token without encryption in transit, which ElastiCache refuses</source>
        <translation>Redis %1 verlangt ein AUTH-Token ohne Verschlüsselung bei der Übertragung; das lehnt ElastiCache ab</translation>
    </message>
    <message>
        <source>Set transit_encryption to true on %1</source>
        <translation>transit_encryption auf %1 auf true setzen</translation>
    </message>
    <message>
        <source>S3 bucket %1 does not block public access</source>
        <translation>S3-Bucket %1 blockiert öffentlichen Zugriff nicht</translation>
    </message>
    <message>
        <source>Set block_public_access to true on %1; CloudFront reads it through origin access control</source>
        <translation>block_public_access auf %1 auf true setzen; CloudFront liest ihn über Origin Access Control</translation>
    </message>
    <message>
        <source>S3 bucket %1 has no server-side encryption</source>
        <translation>S3-Bucket %1 hat keine serverseitige Verschlüsselung</translation>
    </message>
    <message>
        <source>Set encryption to SSE-S3 (or SSE-KMS) on %1</source>
        <translation>encryption auf %1 auf SSE-S3 (oder SSE-KMS) setzen</translation>
    </message>
    <message>
        <source>CloudFront %1 serves plain HTTP (viewer protocol allow-all)</source>
        <translation>CloudFront %1 liefert unverschlüsseltes HTTP aus (Viewer-Protokoll allow-all)</translation>
    </message>
    <message>
        <source>Set viewer_protocol_policy to redirect-to-https on %1</source>
        <translation>viewer_protocol_policy auf %1 auf redirect-to-https setzen</translation>
    </message>
    <message>
        <source>Beat services %1 run %2 tasks</source>
        <translation>Die Beat-Services %1 führen %2 Tasks aus</translation>
    </message>
    <message>
        <source>Beat %1 runs %2 tasks</source>
        <translation>Beat %1 führt %2 Tasks aus</translation>
    </message>
    <message>
        <source>%1: every periodic task is sent %2 times</source>
        <translation>%1: jede periodische Aufgabe wird %2-mal gesendet</translation>
    </message>
    <message>
        <source>Keep one Beat service with desired_tasks 1</source>
        <translation>Genau einen Beat-Service mit desired_tasks 1 behalten</translation>
    </message>
    <message>
        <source>Web %1 may scale down to %2 task(s): one failing task or a deployment leaves no spare</source>
        <translation>Web %1 darf auf %2 Task(s) herunterskalieren: ein fehlerhafter Task oder ein Deployment lässt keine Reserve</translation>
    </message>
    <message>
        <source>Set min_tasks to 2 or more on %1 (one per Availability Zone)</source>
        <translation>min_tasks auf %1 auf 2 oder mehr setzen (einer pro Availability Zone)</translation>
    </message>
    <message>
        <source>No worker consumes queue &apos;%1&apos;, where unrouted tasks go</source>
        <translation>Kein Worker liest die Queue &apos;%1&apos;, in der Aufgaben ohne Route landen</translation>
    </message>
    <message>
        <source>Tasks are routed to queue &apos;%1&apos; but no worker consumes it: they never run</source>
        <translation>Aufgaben werden in die Queue &apos;%1&apos; geleitet, aber kein Worker liest sie: sie laufen nie</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to the queues of a worker group, or add a worker group for it</source>
        <translation>&apos;%1&apos; zu den Queues einer Worker-Gruppe hinzufügen oder eine Worker-Gruppe dafür anlegen</translation>
    </message>
    <message>
        <source>Worker %1 consumes queue &apos;%2&apos; but no route sends tasks to it</source>
        <translation>Worker %1 liest die Queue &apos;%2&apos;, aber keine Route schickt Aufgaben dorthin</translation>
    </message>
    <message>
        <source>Route tasks to &apos;%1&apos; in the Celery routes, or remove it from %2</source>
        <translation>In den Celery-Routen Aufgaben nach &apos;%1&apos; leiten oder die Queue aus %2 entfernen</translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; → %2 is never used: the earlier pattern &apos;%3&apos; matches the same tasks</source>
        <translation>Die Route &apos;%1&apos; → %2 greift nie: das frühere Muster &apos;%3&apos; trifft dieselben Aufgaben</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; above &apos;%2&apos; in the Celery routes</source>
        <translation>&apos;%1&apos; in den Celery-Routen über &apos;%2&apos; schieben</translation>
    </message>
    <message>
        <source>Worker %1 serves long-running queue &apos;%2&apos; without max-tasks-per-child: leaked memory is never returned</source>
        <translation>Worker %1 bedient die langlaufende Queue &apos;%2&apos; ohne max-tasks-per-child: verlorener Speicher wird nie zurückgegeben</translation>
    </message>
    <message>
        <source>Set max_tasks_per_child on %1 (the playbook uses 100)</source>
        <translation>max_tasks_per_child auf %1 setzen (das Playbook nimmt 100)</translation>
    </message>
    <message>
        <source>%1 max %2 (fits %3)</source>
        <translation>%1 max. %2 (passend wären %3)</translation>
    </message>
    <message>
        <source>max_connections %1</source>
        <translation>max_connections %1</translation>
    </message>
    <message>
        <source>the %1 default of %2</source>
        <translation>dem Standardwert von %1 (%2)</translation>
    </message>
    <message>
        <source> through pgBouncer</source>
        <translation> über pgBouncer</translation>
    </message>
    <message>
        <source>At maximum scale %1 connections reach %2%3, above %4%5</source>
        <translation>Bei maximaler Größe erreichen %1 Verbindungen %2%3, über %4%5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Lower the pgBouncer pool, raise max_connections or pick a larger instance class</source>
        <translation>Den pgBouncer-Pool verkleinern, max_connections erhöhen oder eine größere Instanzklasse wählen</translation>
    </message>
    <message>
        <source>Add pgBouncer, lower max_tasks, raise max_connections or pick a larger instance class</source>
        <translation>pgBouncer hinzufügen, max_tasks senken, max_connections erhöhen oder eine größere Instanzklasse wählen</translation>
    </message>
    <message>
        <source>%1 direct connections reach %2 at maximum scale (over %3) with no pgBouncer</source>
        <translation>%1 direkte Verbindungen erreichen %2 bei maximaler Größe (mehr als %3), ohne pgBouncer</translation>
    </message>
    <message>
        <source>Add a pgBouncer in transaction mode between the services and %1</source>
        <translation>Einen pgBouncer im Transaktionsmodus zwischen die Services und %1 setzen</translation>
    </message>
    <message>
        <source>max_connections %1 on %2 is below the %3 the calculator recommends at maximum scale</source>
        <translation>max_connections %1 auf %2 liegt unter den %3, die die Berechnung bei maximaler Größe empfiehlt</translation>
    </message>
    <message>
        <source>Set max_connections to %1 or more, or 0 to use the calculated value</source>
        <translation>max_connections auf %1 oder mehr setzen, oder auf 0 für den berechneten Wert</translation>
    </message>
    <message>
        <source>The calculated max_connections %1 exceeds what %2 supports by default (%3)</source>
        <translation>Das berechnete max_connections %1 übersteigt, was %2 standardmäßig erlaubt (%3)</translation>
    </message>
    <message>
        <source>Pick an instance class with more memory or add pgBouncer</source>
        <translation>Eine Instanzklasse mit mehr Arbeitsspeicher wählen oder pgBouncer hinzufügen</translation>
    </message>
    <message>
        <source>pgBouncer %1 accepts %2 clients but %3 connect at maximum scale</source>
        <translation>pgBouncer %1 nimmt %2 Clients an, aber bei maximaler Größe verbinden sich %3</translation>
    </message>
    <message>
        <source>Set max_client_conn to %1 (total × 2) or switch sizing to automatic</source>
        <translation>max_client_conn auf %1 setzen (Summe × 2) oder sizing auf automatic umstellen</translation>
    </message>
    <message>
        <source>Security group %1 lets the whole internet in on port %2 (%3)</source>
        <translation>Sicherheitsgruppe %1 lässt das ganze Internet auf Port %2 herein (%3)</translation>
    </message>
    <message>
        <source>Route the traffic through the load balancer, or remove the link that needs rule %1</source>
        <translation>Den Verkehr über den Load Balancer leiten oder die Verbindung entfernen, die Regel %1 braucht</translation>
    </message>
    <message>
        <source>%1 cannot serve the peak: %2 req/s × %3 ms keep %4 requests in service, %5 tasks × %6 serve %7 at once</source>
        <translation>%1 kann die Spitze nicht bedienen: %2 Anfr./s × %3 ms halten %4 Anfragen in Bearbeitung, %5 Tasks × %6 bedienen %7 gleichzeitig</translation>
    </message>
    <message>
        <source>%1 reaches %2 % utilisation at the peak on its %3 maximum tasks, above the %4 % target</source>
        <translation>%1 erreicht zur Spitze auf seinen %3 maximalen Tasks %2 % Auslastung, über dem Ziel von %4 %</translation>
    </message>
    <message>
        <source>Set max_tasks to at least %1 on %2 (Little&apos;s law at %3 % utilisation), or add workers or CPU per task</source>
        <translation>max_tasks auf %2 auf mindestens %1 setzen (Littles Gesetz bei %3 % Auslastung) oder mehr Worker oder CPU pro Task vorsehen</translation>
    </message>
    <message>
        <source>%1: estimated p95 response time at the peak is %2 ms (M/M/c on %3 tasks), above the %4 ms target</source>
        <translation>%1: die geschätzte p95-Antwortzeit zur Spitze beträgt %2 ms (M/M/c auf %3 Tasks), über dem Ziel von %4 ms</translation>
    </message>
    <message>
        <source>Lower the service time (queries, caching) or plan more tasks at peak on %1: raise min_tasks or lower cpu_target</source>
        <translation>Die Bedienzeit senken (Abfragen, Caching) oder zur Spitze mehr Tasks für %1 einplanen: min_tasks erhöhen oder cpu_target senken</translation>
    </message>
    <message>
        <source>%1 needs %2 MiB (%3 workers × per-worker memory + 128 MiB) but its tasks have %4 MiB</source>
        <translation>%1 braucht %2 MiB (%3 Worker × Speicher pro Worker + 128 MiB), seine Tasks haben aber %4 MiB</translation>
    </message>
    <message>
        <source>Give %1 at least %2 MiB of memory or fewer workers per task</source>
        <translation>%1 mindestens %2 MiB Speicher geben oder weniger Worker pro Task</translation>
    </message>
    <message>
        <source>Set max_tasks to at least %1 on %2 or raise its concurrency</source>
        <translation>max_tasks auf %2 auf mindestens %1 setzen oder seine Parallelität erhöhen</translation>
    </message>
    <message>
        <source>%1 (%2) falls behind for good: %3 tasks/s × %4 s need %5 slots, %6 tasks × %7 have %8</source>
        <translation>%1 (%2) fällt dauerhaft zurück: %3 Tasks/s × %4 s brauchen %5 Slots, %6 Tasks × %7 haben %8</translation>
    </message>
    <message>
        <source>%1 (%2) is at %3 % of its slots at the peak on %4 tasks; a %5-minute burst takes %6 minutes to drain</source>
        <translation>%1 (%2) nutzt zur Spitze auf %4 Tasks %3 % seiner Slots; eine Lastspitze von %5 Minuten braucht %6 Minuten zum Abbau</translation>
    </message>
    <message>
        <source>%1 never scales out: a burst leaves %2 messages, below queue_depth_target %3 × %4 desired tasks, while the peak needs %5 tasks</source>
        <translation>%1 skaliert nie hoch: eine Lastspitze hinterlässt %2 Nachrichten, weniger als queue_depth_target %3 × %4 gewünschte Tasks, während die Spitze %5 Tasks braucht</translation>
    </message>
    <message>
        <source>Lower queue_depth_target on %1 to about %2 messages per task, or raise desired_tasks to %3</source>
        <translation>queue_depth_target auf %1 auf etwa %2 Nachrichten pro Task senken oder desired_tasks auf %3 erhöhen</translation>
    </message>
    <message>
        <source>%1 needs %2 MiB (concurrency %3 × per-process memory + 128 MiB) but its tasks have %4 MiB</source>
        <translation>%1 braucht %2 MiB (Parallelität %3 × Speicher pro Prozess + 128 MiB), seine Tasks haben aber %4 MiB</translation>
    </message>
    <message>
        <source>Give %1 at least %2 MiB of memory or a lower concurrency</source>
        <translation>%1 mindestens %2 MiB Speicher geben oder eine geringere Parallelität</translation>
    </message>
    <message>
        <source>%1 holds %2 GB of data but its storage ends at %3 GB</source>
        <translation>%1 hält %2 GB Daten, sein Speicher endet aber bei %3 GB</translation>
    </message>
    <message>
        <source>%1 grows to %2 GB in %3 months but its storage ends at %4 GB</source>
        <translation>%1 wächst in %3 Monaten auf %2 GB, sein Speicher endet aber bei %4 GB</translation>
    </message>
    <message>
        <source>Set max_allocated_storage to at least %1 GB on %2 (storage autoscaling), or allocated_storage</source>
        <translation>max_allocated_storage auf %2 auf mindestens %1 GB setzen (Speicher-Autoscaling) oder allocated_storage</translation>
    </message>
    <message>
        <source>%1 needs %2 IOPS at the peak (%3 queries/s) against %4 IOPS of its storage</source>
        <translation>%1 braucht zur Spitze %2 IOPS (%3 Abfragen/s) bei %4 IOPS seines Speichers</translation>
    </message>
    <message>
        <source>Provision at least %1 IOPS on %2 (gp3 from 400 GB, or io2), or cut queries per request</source>
        <translation>Mindestens %1 IOPS auf %2 bereitstellen (gp3 ab 400 GB oder io2) oder die Abfragen pro Anfrage senken</translation>
    </message>
    <message>
        <source>%1: the working set of %2 GB does not fit in the %3 GB of cache of %4; reads go to storage</source>
        <translation>%1: das Working Set von %2 GB passt nicht in die %3 GB Cache von %4; Lesezugriffe gehen auf den Speicher</translation>
    </message>
    <message>
        <source>Choose an instance class with at least %1 GiB of memory for %2</source>
        <translation>Eine Instanzklasse mit mindestens %1 GiB Speicher für %2 wählen</translation>
    </message>
    <message>
        <source>At the task counts the peak needs, %1 clients connect to pgBouncer, which accepts %2</source>
        <translation>Bei den Task-Zahlen, die die Spitze braucht, verbinden sich %1 Clients mit pgBouncer, der %2 annimmt</translation>
    </message>
    <message>
        <source>At the task counts the peak needs, %1 connections reach %2, whose budget is %3</source>
        <translation>Bei den Task-Zahlen, die die Spitze braucht, erreichen %1 Verbindungen %2, dessen Budget %3 beträgt</translation>
    </message>
    <message>
        <source>Put pgBouncer in front of %1, or choose a larger instance class or max_connections</source>
        <translation>pgBouncer vor %1 setzen oder eine größere Instanzklasse oder max_connections wählen</translation>
    </message>
    <message>
        <source>%1 needs %2 MiB (cache %3, sessions %4, broker backlog %5) of the %6 MiB usable on %7 (%8)</source>
        <translation>%1 braucht %2 MiB (Cache %3, Sitzungen %4, Broker-Rückstau %5) von den %6 MiB, die auf %7 nutzbar sind (%8)</translation>
    </message>
    <message>
        <source>Choose a node type with at least %1 GiB of memory for %2</source>
        <translation>Einen Knotentyp mit mindestens %1 GiB Speicher für %2 wählen</translation>
    </message>
    <message>
        <source>%1 runs %2 desired tasks while the peak needs %3 and the average %4: about %5 USD a month more than needed</source>
        <translation>%1 läuft mit %2 gewünschten Tasks, während die Spitze %3 und der Durchschnitt %4 braucht: etwa %5 USD im Monat mehr als nötig</translation>
    </message>
    <message>
        <source>%1 runs %2 desired tasks while the peak needs %3 and the average %4</source>
        <translation>%1 läuft mit %2 gewünschten Tasks, während die Spitze %3 und der Durchschnitt %4 braucht</translation>
    </message>
    <message>
        <source>Set desired_tasks to %1 on %2 and let autoscaling add tasks at the peak (infra-studio-cli capacity --fit)</source>
        <translation>desired_tasks auf %2 auf %1 setzen und zur Spitze das Autoscaling Tasks hinzufügen lassen (infra-studio-cli capacity --fit)</translation>
    </message>
    <message>
        <source>The cost estimate is incomplete, the budget unchecked: %1</source>
        <translation>Die Kostenschätzung ist unvollständig, das Budget ungeprüft: %1</translation>
    </message>
    <message>
        <source>Choose an instance class, node type or region the pricing catalog has a price for, or add the price to the catalog (docs/cost-model.md)</source>
        <translation>Eine Instanzklasse, einen Knotentyp oder eine Region wählen, für die der Preiskatalog einen Preis hat, oder den Preis im Katalog ergänzen (docs/cost-model.md)</translation>
    </message>
    <message>
        <source>%1 brokers for Celery (%2): Celery uses one broker URL, the others get no tasks</source>
        <translation>%1 Broker für Celery (%2): Celery nutzt eine Broker-URL, die anderen erhalten keine Aufgaben</translation>
    </message>
    <message>
        <source>Nothing connects to RDS %1: it costs money and holds no data of the app</source>
        <translation>Nichts verbindet sich mit RDS %1: die Datenbank kostet Geld und hält keine Daten der App</translation>
    </message>
    <message>
        <source>Add the services that use %1, or remove it</source>
        <translation>Die Dienste hinzufügen, die %1 nutzen, oder %1 entfernen</translation>
    </message>
    <message>
        <source>%1 buckets hold static files (%2): Django&apos;s STATIC_URL and CloudFront&apos;s /static/* serve only one</source>
        <translation>%1 Buckets enthalten statische Dateien (%2): Djangos STATIC_URL und CloudFronts /static/* bedienen nur einen</translation>
    </message>
    <message>
        <source>Keep one bucket with role static; set the others to media, backups or other</source>
        <translation>Einen Bucket mit der Rolle static behalten; die anderen auf media, backups oder other setzen</translation>
    </message>
    <message>
        <source>%1 lies on top of %2 on the canvas (%3 apart): a pasted duplicate?</source>
        <translation>%1 liegt auf der Arbeitsfläche über %2 (%3 entfernt): ein eingefügtes Duplikat?</translation>
    </message>
    <message>
        <source>Move %1 away from %2, or delete it if it is a copy by mistake</source>
        <translation>%1 von %2 wegschieben oder löschen, falls es eine versehentliche Kopie ist</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Celery services %1 have no broker in the design: no task is delivered unless a broker outside it (RabbitMQ, Amazon MQ) is configured</source>
        <translation>Die Celery-Dienste %1 haben keinen Broker im Entwurf: keine Aufgabe wird zugestellt, außer ein Broker außerhalb (RabbitMQ, Amazon MQ) ist eingerichtet</translation>
    </message>
    <message>
        <source>%1 = %2 %3 disagrees with the %4 %3 the traffic model derives from the workload (more than ±25 %)</source>
        <translation>%1 = %2 %3 weicht von den %4 %3 ab, die das Verkehrsmodell aus der Last ableitet (mehr als ±25 %)</translation>
    </message>
    <message>
        <source>Set %1 to 0 to price the derived figure, or correct the workload (requests, response and object sizes) so both agree</source>
        <translation>Setzen Sie %1 auf 0, um den abgeleiteten Wert zu berechnen, oder korrigieren Sie die Last (Anfragen, Antwort- und Objektgrößen), bis beide übereinstimmen</translation>
    </message>
    <message>
        <source>Scenario &apos;%1&apos; cannot apply %2: %3</source>
        <translation>Szenario &apos;%1&apos; kann %2 nicht anwenden: %3</translation>
    </message>
    <message>
        <source>Edit or remove the override in the scenario (cost panel, Scenarios)</source>
        <translation>Die Überschreibung im Szenario bearbeiten oder entfernen (Bereich „Kosten“, Szenarien)</translation>
    </message>
    <message>
        <source>Nothing connects to Aurora %1: it costs money and holds no data of the app</source>
        <translation>Nichts verbindet sich mit Aurora %1: es kostet Geld und hält keine Daten der App</translation>
    </message>
    <message>
        <source>Aurora %1 has no reader in a production design: when the writer or its zone fails, the cluster waits for a new instance instead of failing over to a reader</source>
        <translation>Aurora %1 hat in einem Produktionsentwurf keinen Reader: fällt der Writer oder seine Zone aus, wartet der Cluster auf eine neue Instanz, statt auf einen Reader umzuschalten</translation>
    </message>
    <message>
        <source>Set readers to 1 or more on %1 (a reader in another zone is promoted in about 30 seconds)</source>
        <translation>readers auf %1 auf 1 oder mehr setzen (ein Reader in einer anderen Zone wird in etwa 30 Sekunden hochgestuft)</translation>
    </message>
    <message>
        <source>Aurora %1 stores its cluster volume, backups and snapshots unencrypted</source>
        <translation>Aurora %1 speichert Cluster-Volume, Sicherungen und Snapshots unverschlüsselt</translation>
    </message>
    <message>
        <source>Set storage_encrypted to true on %1 (an existing cluster needs a restore from an encrypted snapshot)</source>
        <translation>storage_encrypted auf %1 auf true setzen (ein bestehender Cluster braucht eine Wiederherstellung aus einem verschlüsselten Snapshot)</translation>
    </message>
    <message>
        <source>Aurora %1 gives its instances public addresses</source>
        <translation>Aurora %1 gibt seinen Instanzen öffentliche Adressen</translation>
    </message>
    <message>
        <source>Aurora %1 can be deleted through the API</source>
        <translation>Aurora %1 kann über die API gelöscht werden</translation>
    </message>
    <message>
        <source>Aurora %1 keeps backups %2 days, under 7</source>
        <translation>Aurora %1 bewahrt Sicherungen %2 Tage auf, weniger als 7</translation>
    </message>
    <message>
        <source>Aurora %1 may pause at 0 ACU in a production design: the first request after an idle spell waits for the instance to resume</source>
        <translation>Aurora %1 kann in einem Produktionsentwurf bei 0 ACU pausieren: die erste Anfrage nach einer Ruhephase wartet, bis die Instanz wieder läuft</translation>
    </message>
    <message>
        <source>Set min_acu to 0.5 or more on %1</source>
        <translation>min_acu auf %1 auf 0.5 oder mehr setzen</translation>
    </message>
    <message>
        <source>Aurora %1: the parameter override %2 fails: %3</source>
        <translation>Aurora %1: die Parameterüberschreibung %2 schlägt fehl: %3</translation>
    </message>
    <message>
        <source>EventBridge Scheduler %1 has no schedules</source>
        <translation>EventBridge Scheduler %1 hat keine Zeitpläne</translation>
    </message>
    <message>
        <source>Add schedules to %1 (name: &quot;cron(0 3 * * ? *) -&gt; worker: python manage.py clearsessions&quot;), or remove it</source>
        <translation>Zeitpläne zu %1 hinzufügen (name: &quot;cron(0 3 * * ? *) -&gt; worker: python manage.py clearsessions&quot;) oder ihn entfernen</translation>
    </message>
    <message>
        <source>Schedule %1 of %2 targets %3, which is not an ECS web or worker service or an SQS component of the design</source>
        <translation>Zeitplan %1 von %2 zielt auf %3, das weder ein ECS-Web- oder Worker-Dienst noch eine SQS-Komponente des Entwurfs ist</translation>
    </message>
    <message>
        <source>Point schedule %1 at a worker service (RunTask) or at sqs/QUEUE</source>
        <translation>Zeitplan %1 auf einen Worker-Dienst (RunTask) oder auf sqs/QUEUE richten</translation>
    </message>
    <message>
        <source>Schedule %1 of %2 sends to queue &apos;%3&apos;, which the design does not create</source>
        <translation>Zeitplan %1 von %2 sendet an die Queue &apos;%3&apos;, die der Entwurf nicht anlegt</translation>
    </message>
    <message>
        <source>Name one of the Celery queues after %1/ (%2)</source>
        <translation>Eine der Celery-Queues nach %1/ benennen (%2)</translation>
    </message>
    <message>
        <source>Schedule %1 of %2 puts a plain message on the Celery queue %3: Celery workers expect their own message format and reject it</source>
        <translation>Zeitplan %1 von %2 legt eine einfache Nachricht in die Celery-Queue %3: Celery-Worker erwarten ihr eigenes Nachrichtenformat und weisen sie zurück</translation>
    </message>
    <message>
        <source>Run the task from an ECS schedule instead (celery -A app call TASK), or give the queue a consumer that reads plain messages</source>
        <translation>Den Task stattdessen aus einem ECS-Zeitplan starten (celery -A app call TASK) oder der Queue einen Verbraucher geben, der einfache Nachrichten liest</translation>
    </message>
    <message>
        <source>Celery Beat %1 and EventBridge Scheduler %2 both run periodic jobs</source>
        <translation>Celery Beat %1 und EventBridge Scheduler %2 führen beide periodische Jobs aus</translation>
    </message>
    <message>
        <source>Keep each job in one of them, or it runs twice; jobs across services belong in %1</source>
        <translation>Jeden Job in nur einem von beiden halten, sonst läuft er doppelt; dienstübergreifende Jobs gehören in %1</translation>
    </message>
    <message>
        <source>MemoryDB %1 is used as a plain cache (%2): its durable log and node prices buy nothing data that can be rebuilt needs</source>
        <translation>MemoryDB %1 dient als einfacher Cache (%2): sein dauerhaftes Log und seine Knotenpreise bringen Daten, die sich neu aufbauen lassen, nichts</translation>
    </message>
    <message>
        <source>Move the cache and sessions to ElastiCache Redis, or give %1 the Celery broker or results</source>
        <translation>Cache und Sitzungen nach ElastiCache Redis verlegen oder %1 den Celery-Broker oder die Ergebnisse geben</translation>
    </message>
    <message>
        <source>MemoryDB %1 has %2 shards: Celery&apos;s Redis transport and Django&apos;s cache client do not follow cluster redirects</source>
        <translation>MemoryDB %1 hat %2 Shards: der Redis-Transport von Celery und der Cache-Client von Django folgen keinen Cluster-Weiterleitungen</translation>
    </message>
    <message>
        <source>Set shards to 1 on %1 and scale with a larger node type</source>
        <translation>shards auf %1 auf 1 setzen und mit einem größeren Knotentyp skalieren</translation>
    </message>
    <message>
        <source>Clients talk to MemoryDB %1 in plain text, passwords included</source>
        <translation>Clients sprechen mit MemoryDB %1 im Klartext, Passwörter eingeschlossen</translation>
    </message>
    <message>
        <source>Set tls to true on %1</source>
        <translation>tls auf %1 auf true setzen</translation>
    </message>
    <message>
        <source>MemoryDB %1 has no replica: a node failure keeps the data but stops the shard until a node is rebuilt from the log</source>
        <translation>MemoryDB %1 hat kein Replikat: ein Knotenausfall behält die Daten, hält aber den Shard an, bis ein Knoten aus dem Log neu aufgebaut ist</translation>
    </message>
    <message>
        <source>Set replicas_per_shard to 1 on %1 (failover in seconds)</source>
        <translation>replicas_per_shard auf %1 auf 1 setzen (Failover in Sekunden)</translation>
    </message>
    <message>
        <source>Web %1 gets no requests: the load balancer sends every path to %2, so %1 is left out of it</source>
        <translation>Web %1 erhält keine Anfragen: Der Load Balancer leitet jeden Pfad an %2, daher bleibt %1 außerhalb des Load Balancers</translation>
    </message>
    <message>
        <source>Give %1 the path_patterns it serves (for example /api/*), or remove it</source>
        <translation>Geben Sie %1 die path_patterns, die es bedient (zum Beispiel /api/*), oder entfernen Sie es</translation>
    </message>
    <message>
        <source>Web %1&apos;s listener rule has %2 path pattern(s) with %3 wildcard(s): behind CloudFront a rule takes at most 4 patterns (the origin header is the fifth condition value) and 5 wildcards</source>
        <translation>Die Listener-Regel von Web %1 hat %2 Pfadmuster mit %3 Platzhalter(n): Hinter CloudFront erlaubt eine Regel höchstens 4 Muster (der Origin-Header ist der fünfte Bedingungswert) und 5 Platzhalter</translation>
    </message>
    <message>
        <source>Web %1&apos;s listener rule has %2 path pattern(s) with %3 wildcard(s): a rule takes at most 5 patterns and 5 wildcards</source>
        <translation>Die Listener-Regel von Web %1 hat %2 Pfadmuster mit %3 Platzhalter(n): Eine Regel erlaubt höchstens 5 Muster und 5 Platzhalter</translation>
    </message>
    <message>
        <source>Use fewer, broader patterns on %1 (a prefix such as /api/* covers its sub-paths)</source>
        <translation>Verwenden Sie für %1 weniger, breitere Muster (ein Präfix wie /api/* deckt die Unterpfade ab)</translation>
    </message>
    <message>
        <source>MemoryDB %1 has %2 replica(s) behind its cluster endpoint: a connection that lands on a replica gets MOVED for every command, and Celery&apos;s Redis transport and django-redis (%3) do not follow cluster redirects</source>
        <translation>MemoryDB %1 hat %2 Replikat(e) hinter seinem Cluster-Endpunkt: eine Verbindung, die auf einem Replikat landet, erhält auf jeden Befehl MOVED, und der Redis-Transport von Celery und django-redis (%3) folgen keinen Cluster-Weiterleitungen</translation>
    </message>
    <message>
        <source>Move the roles of %1 to ElastiCache Redis (its primary endpoint always names the primary), or set replicas_per_shard to 0 on %1 and accept a node rebuilt from the durable log when it fails</source>
        <translation>Verlegen Sie die Rollen von %1 auf ElastiCache Redis (sein primärer Endpunkt nennt immer den Primärknoten), oder setzen Sie replicas_per_shard von %1 auf 0 und nehmen Sie in Kauf, dass ein ausgefallener Knoten aus dem dauerhaften Log neu aufgebaut wird</translation>
    </message>
    <message>
        <source>%1 is a second CloudFront distribution: the exported Terraform builds one (%2), so %1 is drawn and priced but not built</source>
        <translation>%1 ist eine zweite CloudFront-Distribution: das exportierte Terraform baut eine (%2), also wird %1 gezeichnet und berechnet, aber nicht gebaut</translation>
    </message>
    <message>
        <source>Remove %1: %2 serves the load balancer and the buckets by path (/static/*, /media/*)</source>
        <translation>%1 entfernen: %2 bedient den Load Balancer und die Buckets nach Pfad (/static/*, /media/*)</translation>
    </message>
    <message>
        <source>%1 is a second load balancer: the exported Terraform builds one (%2), so %1 is drawn and priced but not built</source>
        <translation>%1 ist ein zweiter Load Balancer: das exportierte Terraform baut einen (%2), also wird %1 gezeichnet und berechnet, aber nicht gebaut</translation>
    </message>
    <message>
        <source>Remove %1 and route by path on %2 (path_patterns on the web services)</source>
        <translation>%1 entfernen und auf %2 nach Pfad weiterleiten (path_patterns an den Webdiensten)</translation>
    </message>
    <message>
        <source>%1 is a second Secrets Manager component: the exported Terraform creates the secrets of %2 only, so the secrets of %1 (%3) are neither created nor given to the tasks</source>
        <translation>%1 ist eine zweite Secrets-Manager-Komponente: das exportierte Terraform legt nur die Secrets von %2 an, also werden die Secrets von %1 (%3) weder angelegt noch den Tasks übergeben</translation>
    </message>
    <message>
        <source>Move the secrets of %1 into the list of %2 and remove %1</source>
        <translation>Die Secrets von %1 in die Liste von %2 verschieben und %1 entfernen</translation>
    </message>
    <message>
        <source>%1 is a second CloudWatch component: the exported Terraform uses the settings of %2 (alarms, alarm e-mail, log retention), so those of %1 are ignored</source>
        <translation>%1 ist eine zweite CloudWatch-Komponente: das exportierte Terraform nutzt die Einstellungen von %2 (Alarme, Alarm-E-Mail, Log-Aufbewahrung), die von %1 werden ignoriert</translation>
    </message>
    <message>
        <source>Set what %1 holds on %2 and remove %1</source>
        <translation>Was %1 enthält, auf %2 einstellen und %1 entfernen</translation>
    </message>
    <message>
        <source>CloudFront %1 has nothing to serve (no load balancer, no static or media bucket): the exported Terraform leaves it out, though it is drawn and priced</source>
        <translation>CloudFront %1 hat nichts auszuliefern (kein Load Balancer, kein Bucket für statische Dateien oder Medien): das exportierte Terraform lässt es weg, obwohl es gezeichnet und berechnet wird</translation>
    </message>
    <message>
        <source>CloudFront %1 has nothing to serve (load balancer %2 is internal, and there is no static or media bucket): the exported Terraform leaves it out, though it is drawn and priced</source>
        <translation>CloudFront %1 hat nichts auszuliefern (Load Balancer %2 ist intern, und es gibt keinen Bucket für statische Dateien oder Medien): das exportierte Terraform lässt es weg, obwohl es gezeichnet und berechnet wird</translation>
    </message>
    <message>
        <source>Add a public load balancer or a static or media bucket behind %1, or remove it</source>
        <translation>Einen öffentlichen Load Balancer oder einen Bucket für statische Dateien oder Medien hinter %1 hinzufügen oder %1 entfernen</translation>
    </message>
    <message>
        <source>Keep one broker: remove the broker role from the Redis or MemoryDB, or remove the SQS queue</source>
        <translation>Einen Broker behalten: die Rolle broker beim Redis oder MemoryDB entfernen oder die SQS-Queue entfernen</translation>
    </message>
    <message>
        <source>Add an SQS queue, or an ElastiCache Redis or MemoryDB with the broker role, or keep the outside broker</source>
        <translation>Eine SQS-Queue oder einen ElastiCache Redis oder MemoryDB mit der Rolle broker hinzufügen oder den Broker außerhalb behalten</translation>
    </message>
    <message>
        <source>Accept the rebuild, or move the roles of %1 to ElastiCache Redis with a replica and automatic failover: a MemoryDB replica would break the exported clients, which follow no cluster redirect (memorydb-cluster-endpoint)</source>
        <translation>Den Neuaufbau in Kauf nehmen oder die Rollen von %1 auf ElastiCache Redis mit Replikat und automatischem Failover verlegen: ein MemoryDB-Replikat würde die exportierten Clients stören, die keiner Cluster-Weiterleitung folgen (memorydb-cluster-endpoint)</translation>
    </message>
</context>
<context>
    <name>Infra::ScenarioComparisonModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>Scenario &apos;%1&apos; does not apply to the design: %2</source>
        <translation>Szenario &apos;%1&apos; lässt sich nicht auf den Entwurf anwenden: %2</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>%1 per month at desired scale: %2</source>
        <translation>%1 pro Monat bei gewünschter Größe: %2</translation>
    </message>
    <message>
        <source>Change from the design per month at desired scale</source>
        <translation>Änderung gegenüber dem Entwurf pro Monat bei gewünschter Größe</translation>
    </message>
</context>
<context>
    <name>Infra::ScenarioPanel</name>
    <message>
        <source>Save What-If</source>
        <translation>Was-wäre-wenn speichern</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Changed lines only</source>
        <translation>Nur geänderte Zeilen</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Szenarioname</translation>
    </message>
    <message>
        <source>The name to save the what-if values under</source>
        <translation>Der Name, unter dem die Was-wäre-wenn-Werte gespeichert werden</translation>
    </message>
    <message>
        <source>Save the what-if values in the design under this name (one undo step; a scenario of the same name is updated). The Savings Plan choice is a purchase and is not saved.</source>
        <translation>Die Was-wäre-wenn-Werte unter diesem Namen im Entwurf speichern (ein Rückgängig-Schritt; ein Szenario gleichen Namens wird aktualisiert). Die Wahl des Savings Plans ist ein Kauf und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save what-if as scenario</source>
        <translation>Was-wäre-wenn als Szenario speichern</translation>
    </message>
    <message>
        <source>Scenarios saved in the design; ticked ones are compared. F2 or double-click renames.</source>
        <translation>Im Entwurf gespeicherte Szenarien; angehakte werden verglichen. F2 oder Doppelklick benennt um.</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Gespeicherte Szenarien</translation>
    </message>
    <message>
        <source>Put the selected scenario&apos;s values into the what-if controls (the design does not change)</source>
        <translation>Die Werte des ausgewählten Szenarios in die Was-wäre-wenn-Regler übernehmen (der Entwurf ändert sich nicht)</translation>
    </message>
    <message>
        <source>Load scenario into what-if</source>
        <translation>Szenario in Was-wäre-wenn laden</translation>
    </message>
    <message>
        <source>Remove the selected scenario from the design (one undo step)</source>
        <translation>Das ausgewählte Szenario aus dem Entwurf entfernen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Show only the cost lines a scenario changes</source>
        <translation>Nur die Kostenzeilen zeigen, die ein Szenario ändert</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Szenariovergleich</translation>
    </message>
    <message>
        <source>The design and each ticked scenario per month at desired scale, total and per cost line, with the change from the design</source>
        <translation>Der Entwurf und jedes angehakte Szenario pro Monat bei gewünschter Größe, gesamt und je Kostenzeile, mit der Änderung gegenüber dem Entwurf</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Not loaded, as it no longer applies: %1</source>
        <translation>Nicht geladen, da es nicht mehr zutrifft: %1</translation>
    </message>
</context>
<context>
    <name>Infra::Schema</name>
    <message>
        <source>CloudFront CDN</source>
        <translation>CloudFront CDN</translation>
    </message>
    <message>
        <source>Edge cache for static and media files and the API, with HTTPS redirect.</source>
        <translation>Edge-Cache für statische Dateien, Mediendateien und die API, mit HTTPS-Weiterleitung.</translation>
    </message>
    <message>
        <source>Application Load Balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <source>Terminates TLS and routes requests to the web tasks.</source>
        <translation>Beendet TLS und leitet Anfragen an die Web-Tasks weiter.</translation>
    </message>
    <message>
        <source>ECS web service</source>
        <translation>ECS-Webdienst</translation>
    </message>
    <message>
        <source>Django behind Gunicorn or Uvicorn on Fargate, scaled on CPU.</source>
        <translation>Django hinter Gunicorn oder Uvicorn auf Fargate, nach CPU skaliert.</translation>
    </message>
    <message>
        <source>Celery workers</source>
        <translation>Celery-Worker</translation>
    </message>
    <message>
        <source>A group of Celery workers serving one or more queues, scaled on queue depth.</source>
        <translation>Eine Gruppe von Celery-Workern für eine oder mehrere Warteschlangen, nach Warteschlangenlänge skaliert.</translation>
    </message>
    <message>
        <source>Celery Beat</source>
        <translation>Celery Beat</translation>
    </message>
    <message>
        <source>The single Celery Beat scheduler.</source>
        <translation>Der einzige Celery-Beat-Scheduler.</translation>
    </message>
    <message>
        <source>RDS PostgreSQL</source>
        <translation>RDS PostgreSQL</translation>
    </message>
    <message>
        <source>Managed PostgreSQL with Multi-AZ standby, backups and encryption.</source>
        <translation>Verwaltetes PostgreSQL mit Multi-AZ-Standby, Sicherungen und Verschlüsselung.</translation>
    </message>
    <message>
        <source>pgBouncer</source>
        <translation>pgBouncer</translation>
    </message>
    <message>
        <source>Connection pooler between Django/Celery and PostgreSQL.</source>
        <translation>Verbindungspool zwischen Django/Celery und PostgreSQL.</translation>
    </message>
    <message>
        <source>ElastiCache Redis</source>
        <translation>ElastiCache Redis</translation>
    </message>
    <message>
        <source>Redis for cache, sessions, Celery broker and results.</source>
        <translation>Redis für Cache, Sitzungen, Celery-Broker und Ergebnisse.</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>Object storage for static files, media uploads or backups.</source>
        <translation>Objektspeicher für statische Dateien, hochgeladene Medien oder Sicherungen.</translation>
    </message>
    <message>
        <source>ECR repository</source>
        <translation>ECR-Repository</translation>
    </message>
    <message>
        <source>Container registry for the application image.</source>
        <translation>Container-Registry für das Image der Anwendung.</translation>
    </message>
    <message>
        <source>Secrets Manager</source>
        <translation>Secrets Manager</translation>
    </message>
    <message>
        <source>Secrets injected into the tasks at start.</source>
        <translation>Geheimnisse, die den Tasks beim Start übergeben werden.</translation>
    </message>
    <message>
        <source>CloudWatch</source>
        <translation>CloudWatch</translation>
    </message>
    <message>
        <source>Logs, metrics and alarms.</source>
        <translation>Logs, Metriken und Alarme.</translation>
    </message>
    <message>
        <source>SQS queues</source>
        <translation>SQS-Warteschlangen</translation>
    </message>
    <message>
        <source>SQS as an alternative Celery broker.</source>
        <translation>SQS als alternativer Celery-Broker.</translation>
    </message>
    <message>
        <source>Price class</source>
        <translation>Preisklasse</translation>
    </message>
    <message>
        <source>Edge locations served: 100 = North America and Europe (cheapest), 200 adds Asia, Middle East and Africa, All adds South America and Oceania.</source>
        <translation>Bediente Edge-Standorte: 100 = Nordamerika und Europa (am günstigsten), 200 zusätzlich Asien, Naher Osten und Afrika, All zusätzlich Südamerika und Ozeanien.</translation>
    </message>
    <message>
        <source>Viewer protocol</source>
        <translation>Viewer-Protokoll</translation>
    </message>
    <message>
        <source>What CloudFront does with plain HTTP requests; allow-all serves them unencrypted.</source>
        <translation>Was CloudFront mit unverschlüsselten HTTP-Anfragen tut; allow-all beantwortet sie unverschlüsselt.</translation>
    </message>
    <message>
        <source>Compress</source>
        <translation>Komprimieren</translation>
    </message>
    <message>
        <source>Compress text responses at the edge (smaller transfer, lower egress cost).</source>
        <translation>Textantworten am Edge-Standort komprimieren (weniger Übertragung, geringere Kosten für ausgehende Daten).</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Serve over IPv6 as well as IPv4.</source>
        <translation>Über IPv6 und IPv4 ausliefern.</translation>
    </message>
    <message>
        <source>Static minimum TTL</source>
        <translation>Minimale TTL statischer Dateien</translation>
    </message>
    <message>
        <source>Shortest time /static/* stays cached.</source>
        <translation>Kürzeste Zeit, die /static/* im Cache bleibt.</translation>
    </message>
    <message>
        <source>Static default TTL</source>
        <translation>Standard-TTL statischer Dateien</translation>
    </message>
    <message>
        <source>Cache time for /static/* when the origin sends no Cache-Control.</source>
        <translation>Cache-Dauer für /static/*, wenn der Ursprung kein Cache-Control sendet.</translation>
    </message>
    <message>
        <source>Static maximum TTL</source>
        <translation>Maximale TTL statischer Dateien</translation>
    </message>
    <message>
        <source>Longest time /static/* stays cached.</source>
        <translation>Längste Zeit, die /static/* im Cache bleibt.</translation>
    </message>
    <message>
        <source>Media minimum TTL</source>
        <translation>Minimale TTL der Mediendateien</translation>
    </message>
    <message>
        <source>Shortest time /media/* stays cached.</source>
        <translation>Kürzeste Zeit, die /media/* im Cache bleibt.</translation>
    </message>
    <message>
        <source>Media default TTL</source>
        <translation>Standard-TTL der Mediendateien</translation>
    </message>
    <message>
        <source>Cache time for /media/* when the origin sends no Cache-Control.</source>
        <translation>Cache-Dauer für /media/*, wenn der Ursprung kein Cache-Control sendet.</translation>
    </message>
    <message>
        <source>Media maximum TTL</source>
        <translation>Maximale TTL der Mediendateien</translation>
    </message>
    <message>
        <source>Longest time /media/* stays cached.</source>
        <translation>Längste Zeit, die /media/* im Cache bleibt.</translation>
    </message>
    <message>
        <source>API default TTL</source>
        <translation>Standard-TTL der API</translation>
    </message>
    <message>
        <source>Cache time for API responses (the default behaviour, forwarded to the ALB); 0 passes every request through.</source>
        <translation>Cache-Dauer für API-Antworten (das Standardverhalten, an den ALB weitergeleitet); 0 reicht jede Anfrage durch.</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>An internal load balancer has no public address (only reachable from inside the VPC).</source>
        <translation>Ein interner Load Balancer hat keine öffentliche Adresse (nur innerhalb der VPC erreichbar).</translation>
    </message>
    <message>
        <source>Redirect HTTP</source>
        <translation>HTTP weiterleiten</translation>
    </message>
    <message>
        <source>Listen on port 80 and redirect every request to HTTPS on 443.</source>
        <translation>Auf Port 80 lauschen und jede Anfrage auf HTTPS an Port 443 weiterleiten.</translation>
    </message>
    <message>
        <source>TLS policy</source>
        <translation>TLS-Richtlinie</translation>
    </message>
    <message>
        <source>Security policy of the HTTPS listener.</source>
        <translation>Sicherheitsrichtlinie des HTTPS-Listeners.</translation>
    </message>
    <message>
        <source>Certificate domain</source>
        <translation>Zertifikatsdomäne</translation>
    </message>
    <message>
        <source>Domain of the ACM certificate on the HTTPS listener.</source>
        <translation>Domäne des ACM-Zertifikats am HTTPS-Listener.</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Leerlauf-Timeout</translation>
    </message>
    <message>
        <source>Seconds a connection may stay idle.</source>
        <translation>Sekunden, die eine Verbindung untätig bleiben darf.</translation>
    </message>
    <message>
        <source>Deletion protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>Refuse deletion of the load balancer through the API.</source>
        <translation>Das Löschen des Load Balancers über die API verweigern.</translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation>Pfad der Zustandsprüfung</translation>
    </message>
    <message>
        <source>Path the target group checks on each web task.</source>
        <translation>Pfad, den die Zielgruppe auf jedem Web-Task prüft.</translation>
    </message>
    <message>
        <source>Deregistration delay</source>
        <translation>Verzögerung beim Abmelden</translation>
    </message>
    <message>
        <source>Seconds in-flight requests may finish when a task leaves.</source>
        <translation>Sekunden, in denen laufende Anfragen abgeschlossen werden dürfen, wenn ein Task ausscheidet.</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Task CPU in ECS units (1024 = 1 vCPU). Fargate accepts 256, 512, 1024, 2048, 4096, 8192 or 16384, each with its own memory range.</source>
        <translation>CPU des Tasks in ECS-Einheiten (1024 = 1 vCPU). Fargate akzeptiert 256, 512, 1024, 2048, 4096, 8192 oder 16384, jeweils mit eigenem Speicherbereich.</translation>
    </message>
    <message>
        <source>CPU units</source>
        <translation>CPU-Einheiten</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Task memory in MiB; it must fit the CPU size (for example 1 vCPU takes 2048 to 8192 MiB).</source>
        <translation>Arbeitsspeicher des Tasks in MiB; er muss zur CPU-Größe passen (zum Beispiel 2048 bis 8192 MiB bei 1 vCPU).</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>CPU architecture of the Fargate task: arm64 (Graviton) costs about 20 % less than x86_64 for the same size.</source>
        <translation>CPU-Architektur des Fargate-Tasks: arm64 (Graviton) kostet bei gleicher Größe etwa 20 % weniger als x86_64.</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>Anwendungsserver</translation>
    </message>
    <message>
        <source>Gunicorn (WSGI) or Uvicorn workers (ASGI) serving Django.</source>
        <translation>Gunicorn- (WSGI) oder Uvicorn-Worker (ASGI), die Django ausliefern.</translation>
    </message>
    <message>
        <source>Workers per task</source>
        <translation>Worker je Task</translation>
    </message>
    <message>
        <source>Server worker processes per task; each holds up to two database connections in the pool calculation.</source>
        <translation>Worker-Prozesse des Servers je Task; jeder hält in der Pool-Berechnung bis zu zwei Datenbankverbindungen.</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>Port the application server listens on; the ALB forwards to it.</source>
        <translation>Port, auf dem der Anwendungsserver lauscht; der ALB leitet dorthin weiter.</translation>
    </message>
    <message>
        <source>Minimum tasks</source>
        <translation>Minimale Tasks</translation>
    </message>
    <message>
        <source>Lowest task count autoscaling may reach.</source>
        <translation>Niedrigste Task-Anzahl, die die automatische Skalierung erreichen darf.</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Desired tasks</source>
        <translation>Gewünschte Tasks</translation>
    </message>
    <message>
        <source>Task count in steady state; costs and pool sizes are shown at this count as well as at minimum and maximum.</source>
        <translation>Task-Anzahl im Normalbetrieb; Kosten und Pool-Größen werden bei dieser Anzahl sowie bei Minimum und Maximum gezeigt.</translation>
    </message>
    <message>
        <source>Maximum tasks</source>
        <translation>Maximale Tasks</translation>
    </message>
    <message>
        <source>Highest task count autoscaling may reach; the database connection budget is checked at this count.</source>
        <translation>Höchste Task-Anzahl, die die automatische Skalierung erreichen darf; das Budget der Datenbankverbindungen wird bei dieser Anzahl geprüft.</translation>
    </message>
    <message>
        <source>Scale-in cooldown</source>
        <translation>Abkühlzeit beim Herunterskalieren</translation>
    </message>
    <message>
        <source>Seconds to wait after a scale-in before scaling in again.</source>
        <translation>Sekunden, die nach dem Herunterskalieren bis zum nächsten Herunterskalieren gewartet wird.</translation>
    </message>
    <message>
        <source>Scale-out cooldown</source>
        <translation>Abkühlzeit beim Hochskalieren</translation>
    </message>
    <message>
        <source>Seconds to wait after a scale-out before scaling out again.</source>
        <translation>Sekunden, die nach dem Hochskalieren bis zum nächsten Hochskalieren gewartet wird.</translation>
    </message>
    <message>
        <source>CPU target</source>
        <translation>CPU-Zielwert</translation>
    </message>
    <message>
        <source>Target tracking keeps the service&apos;s average CPU near this value.</source>
        <translation>Die Zielverfolgung hält die durchschnittliche CPU-Auslastung des Dienstes nahe diesem Wert.</translation>
    </message>
    <message>
        <source>Image tag</source>
        <translation>Image-Tag</translation>
    </message>
    <message>
        <source>Container image tag deployed from ECR.</source>
        <translation>Tag des Container-Images, das aus ECR bereitgestellt wird.</translation>
    </message>
    <message>
        <source>ECS Exec</source>
        <translation>ECS Exec</translation>
    </message>
    <message>
        <source>Allow aws ecs execute-command into this service&apos;s tasks; off by default, and when on every session is KMS-encrypted and logged to CloudWatch.</source>
        <translation>Erlaubt aws ecs execute-command in die Tasks dieses Dienstes; standardmäßig aus, eingeschaltet wird jede Sitzung mit KMS verschlüsselt und in CloudWatch protokolliert.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Celery queues this worker group consumes (-Q).</source>
        <translation>Celery-Warteschlangen, die diese Worker-Gruppe abarbeitet (-Q).</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Nebenläufigkeit</translation>
    </message>
    <message>
        <source>Celery worker concurrency (-c) per task; each slot holds one database connection.</source>
        <translation>Nebenläufigkeit der Celery-Worker (-c) je Task; jeder Slot hält eine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Celery execution pool.</source>
        <translation>Ausführungspool von Celery.</translation>
    </message>
    <message>
        <source>Max tasks per child</source>
        <translation>Max. Aufgaben je Kindprozess</translation>
    </message>
    <message>
        <source>Recycle a worker process after this many tasks (0 = never); long-running queues should set it to contain memory leaks.</source>
        <translation>Einen Worker-Prozess nach so vielen Aufgaben ersetzen (0 = nie); Warteschlangen mit lang laufenden Aufgaben sollten ihn setzen, um Speicherlecks einzudämmen.</translation>
    </message>
    <message>
        <source>Queue depth target</source>
        <translation>Zielwert der Warteschlangenlänge</translation>
    </message>
    <message>
        <source>Autoscaling keeps the number of waiting messages per task near this value.</source>
        <translation>Die automatische Skalierung hält die Zahl wartender Nachrichten je Task nahe diesem Wert.</translation>
    </message>
    <message>
        <source>messages/task</source>
        <translation>Nachrichten/Task</translation>
    </message>
    <message>
        <source>Fargate Spot allowed</source>
        <translation>Fargate Spot erlaubt</translation>
    </message>
    <message>
        <source>Run on Fargate Spot (about 70 % cheaper) when the queue tolerates interrupted tasks.</source>
        <translation>Auf Fargate Spot laufen (etwa 70 % günstiger), wenn die Warteschlange unterbrochene Tasks verträgt.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Celery Beat must run exactly once, or periodic tasks are sent twice.</source>
        <translation>Celery Beat muss genau einmal laufen, sonst werden periodische Aufgaben doppelt gesendet.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Where Beat keeps its schedule: in the database (editable in the Django admin) or a local file.</source>
        <translation>Wo Beat seinen Zeitplan hält: in der Datenbank (im Django-Admin bearbeitbar) oder in einer lokalen Datei.</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Engine-Version</translation>
    </message>
    <message>
        <source>PostgreSQL major version (for example 16); the module runs its latest minor version with automatic minor upgrades.</source>
        <translation>PostgreSQL-Hauptversion (zum Beispiel 16); das Modul nutzt deren neueste Nebenversion mit automatischen Nebenversions-Upgrades.</translation>
    </message>
    <message>
        <source>Instance class</source>
        <translation>Instanzklasse</translation>
    </message>
    <message>
        <source>RDS instance class; memory sets the default connection limit.</source>
        <translation>RDS-Instanzklasse; ihr Arbeitsspeicher bestimmt das Standardlimit der Verbindungen.</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>Keep a synchronous standby in a second Availability Zone (automatic failover; doubles instance and storage cost).</source>
        <translation>Einen synchronen Standby in einer zweiten Availability Zone halten (automatisches Failover; verdoppelt Instanz- und Speicherkosten).</translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation>Speichertyp</translation>
    </message>
    <message>
        <source>EBS volume type; gp3 includes 3,000 IOPS and 125 MiB/s below 400 GB.</source>
        <translation>EBS-Volume-Typ; gp3 enthält unter 400 GB 3.000 IOPS und 125 MiB/s.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Provisioned storage.</source>
        <translation>Bereitgestellter Speicher.</translation>
    </message>
    <message>
        <source>Storage autoscaling limit</source>
        <translation>Grenze der Speicher-Autoskalierung</translation>
    </message>
    <message>
        <source>Storage grows automatically up to this size (0 = no autoscaling).</source>
        <translation>Der Speicher wächst automatisch bis zu dieser Größe (0 = keine automatische Skalierung).</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Provisioned IOPS (gp3: 3,000 included below 400 GB, 12,000 at 400 GB and above).</source>
        <translation>Bereitgestellte IOPS (gp3: 3.000 enthalten unter 400 GB, 12.000 ab 400 GB).</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Provisioned throughput (gp3: 125 MiB/s included below 400 GB, 500 at 400 GB and above).</source>
        <translation>Bereitgestellter Durchsatz (gp3: 125 MiB/s enthalten unter 400 GB, 500 ab 400 GB).</translation>
    </message>
    <message>
        <source>Backup retention</source>
        <translation>Aufbewahrung der Sicherungen</translation>
    </message>
    <message>
        <source>Days automated backups are kept (0 disables them).</source>
        <translation>Tage, die automatische Sicherungen aufbewahrt werden (0 schaltet sie ab).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Backup window</source>
        <translation>Sicherungsfenster</translation>
    </message>
    <message>
        <source>Daily UTC window for automated backups (hh:mm-hh:mm).</source>
        <translation>Tägliches Zeitfenster (UTC) für automatische Sicherungen (hh:mm-hh:mm).</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Weekly UTC maintenance window (ddd:hh:mm-ddd:hh:mm).</source>
        <translation>Wöchentliches Wartungsfenster in UTC (ddd:hh:mm-ddd:hh:mm).</translation>
    </message>
    <message>
        <source>Refuse deletion of the database through the API.</source>
        <translation>Das Löschen der Datenbank über die API verweigern.</translation>
    </message>
    <message>
        <source>Performance Insights</source>
        <translation>Performance Insights</translation>
    </message>
    <message>
        <source>Collect query-level load data (7 days free).</source>
        <translation>Lastdaten auf Abfrageebene sammeln (7 Tage kostenlos).</translation>
    </message>
    <message>
        <source>Enhanced monitoring</source>
        <translation>Erweiterte Überwachung</translation>
    </message>
    <message>
        <source>Seconds between OS metrics samples (0 = off).</source>
        <translation>Sekunden zwischen Messungen der Betriebssystem-Metriken (0 = aus).</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypt storage, backups and snapshots at rest with KMS.</source>
        <translation>Speicher, Sicherungen und Snapshots im Ruhezustand mit KMS verschlüsseln.</translation>
    </message>
    <message>
        <source>Publicly accessible</source>
        <translation>Öffentlich erreichbar</translation>
    </message>
    <message>
        <source>Give the database a public address; never wanted for a Django backend.</source>
        <translation>Der Datenbank eine öffentliche Adresse geben; für ein Django-Backend nie gewollt.</translation>
    </message>
    <message>
        <source>Read replicas</source>
        <translation>Lesereplikate</translation>
    </message>
    <message>
        <source>Asynchronous read replicas of the same class, for reporting or read scaling.</source>
        <translation>Asynchrone Lesereplikate derselben Klasse, für Berichte oder zum Skalieren von Lesezugriffen.</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>max_connections override</source>
        <translation>max_connections überschreiben</translation>
    </message>
    <message>
        <source>Explicit max_connections in the parameter group (0 = the computed pool budget).</source>
        <translation>Ausdrückliches max_connections in der Parametergruppe (0 = das berechnete Pool-Budget).</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Name of the application database.</source>
        <translation>Name der Anwendungsdatenbank.</translation>
    </message>
    <message>
        <source>Parameter overrides</source>
        <translation>Überschriebene Parameter</translation>
    </message>
    <message>
        <source>Extra PostgreSQL parameters for the parameter group (name: value).</source>
        <translation>Zusätzliche PostgreSQL-Parameter für die Parametergruppe (Name: Wert).</translation>
    </message>
    <message>
        <source>Pool mode</source>
        <translation>Pool-Modus</translation>
    </message>
    <message>
        <source>transaction returns a server connection after each transaction (best for Django with CONN_MAX_AGE).</source>
        <translation>transaction gibt eine Serververbindung nach jeder Transaktion zurück (am besten für Django mit CONN_MAX_AGE).</translation>
    </message>
    <message>
        <source>Pool sizing</source>
        <translation>Pool-Bemessung</translation>
    </message>
    <message>
        <source>automatic takes the pool sizes from the connection calculation; manual uses the values below.</source>
        <translation>automatic übernimmt die Pool-Größen aus der Verbindungsberechnung; manual verwendet die Werte unten.</translation>
    </message>
    <message>
        <source>Default pool size</source>
        <translation>Standard-Pool-Größe</translation>
    </message>
    <message>
        <source>Server connections per database and user (manual sizing).</source>
        <translation>Serververbindungen je Datenbank und Benutzer (manuelle Bemessung).</translation>
    </message>
    <message>
        <source>Max client connections</source>
        <translation>Max. Client-Verbindungen</translation>
    </message>
    <message>
        <source>Client connections accepted (manual sizing).</source>
        <translation>Angenommene Client-Verbindungen (manuelle Bemessung).</translation>
    </message>
    <message>
        <source>Min pool size</source>
        <translation>Min. Pool-Größe</translation>
    </message>
    <message>
        <source>Server connections kept open when idle.</source>
        <translation>Serververbindungen, die im Leerlauf offen gehalten werden.</translation>
    </message>
    <message>
        <source>Reserve pool</source>
        <translation>Reserve-Pool</translation>
    </message>
    <message>
        <source>Extra connections allowed under load.</source>
        <translation>Zusätzliche Verbindungen, die unter Last erlaubt sind.</translation>
    </message>
    <message>
        <source>Server lifetime</source>
        <translation>Lebensdauer der Serververbindung</translation>
    </message>
    <message>
        <source>Close a server connection after this long.</source>
        <translation>Eine Serververbindung nach dieser Zeit schließen.</translation>
    </message>
    <message>
        <source>Server idle timeout</source>
        <translation>Leerlauf-Timeout der Serververbindung</translation>
    </message>
    <message>
        <source>Close an idle server connection after this long.</source>
        <translation>Eine untätige Serververbindung nach dieser Zeit schließen.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port pgBouncer listens on.</source>
        <translation>Port, auf dem pgBouncer lauscht.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How clients authenticate.</source>
        <translation>Wie sich Clients authentifizieren.</translation>
    </message>
    <message>
        <source>pgBouncer tasks behind the service (two for availability).</source>
        <translation>pgBouncer-Tasks hinter dem Dienst (zwei für die Verfügbarkeit).</translation>
    </message>
    <message>
        <source>Redis OSS engine version.</source>
        <translation>Version der Redis-OSS-Engine.</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Knotentyp</translation>
    </message>
    <message>
        <source>ElastiCache node type.</source>
        <translation>ElastiCache-Knotentyp.</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Read replicas besides the primary (needed for automatic failover).</source>
        <translation>Lesereplikate neben dem primären Knoten (für automatisches Failover nötig).</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Automatic failover</source>
        <translation>Automatisches Failover</translation>
    </message>
    <message>
        <source>Promote a replica when the primary fails (needs at least one replica).</source>
        <translation>Ein Replikat hochstufen, wenn der primäre Knoten ausfällt (braucht mindestens ein Replikat).</translation>
    </message>
    <message>
        <source>Place the replica in another Availability Zone.</source>
        <translation>Das Replikat in eine andere Availability Zone legen.</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Verschlüsselung im Ruhezustand</translation>
    </message>
    <message>
        <source>Encrypt data on disk and in snapshots.</source>
        <translation>Daten auf der Festplatte und in Snapshots verschlüsseln.</translation>
    </message>
    <message>
        <source>Encryption in transit</source>
        <translation>Verschlüsselung bei der Übertragung</translation>
    </message>
    <message>
        <source>TLS between clients and Redis (rediss://).</source>
        <translation>TLS zwischen Clients und Redis (rediss://).</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <source>Require an AUTH token kept in Secrets Manager (needs encryption in transit).</source>
        <translation>Ein AUTH-Token aus dem Secrets Manager verlangen (braucht Verschlüsselung bei der Übertragung).</translation>
    </message>
    <message>
        <source>Eviction policy</source>
        <translation>Verdrängungsrichtlinie</translation>
    </message>
    <message>
        <source>What Redis evicts when memory is full; volatile-* keeps keys without a TTL (Celery messages).</source>
        <translation>Was Redis verdrängt, wenn der Speicher voll ist; volatile-* behält Schlüssel ohne TTL (Celery-Nachrichten).</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>What Django and Celery use this Redis for.</source>
        <translation>Wofür Django und Celery dieses Redis nutzen.</translation>
    </message>
    <message>
        <source>Cache DB</source>
        <translation>Cache-DB</translation>
    </message>
    <message>
        <source>Redis database number of the Django cache.</source>
        <translation>Redis-Datenbanknummer des Django-Caches.</translation>
    </message>
    <message>
        <source>Sessions DB</source>
        <translation>Sitzungs-DB</translation>
    </message>
    <message>
        <source>Redis database number of the session cache.</source>
        <translation>Redis-Datenbanknummer des Sitzungs-Caches.</translation>
    </message>
    <message>
        <source>Broker DB</source>
        <translation>Broker-DB</translation>
    </message>
    <message>
        <source>Redis database number of the Celery broker.</source>
        <translation>Redis-Datenbanknummer des Celery-Brokers.</translation>
    </message>
    <message>
        <source>Results DB</source>
        <translation>Ergebnis-DB</translation>
    </message>
    <message>
        <source>Redis database number of the Celery result backend.</source>
        <translation>Redis-Datenbanknummer des Celery-Ergebnis-Backends.</translation>
    </message>
    <message>
        <source>Snapshot retention</source>
        <translation>Aufbewahrung der Snapshots</translation>
    </message>
    <message>
        <source>Days daily snapshots are kept.</source>
        <translation>Tage, die tägliche Snapshots aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Port Redis listens on.</source>
        <translation>Port, auf dem Redis lauscht.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What the bucket holds; static and media are served through CloudFront.</source>
        <translation>Was der Bucket enthält; static und media werden über CloudFront ausgeliefert.</translation>
    </message>
    <message>
        <source>Stored data</source>
        <translation>Gespeicherte Daten</translation>
    </message>
    <message>
        <source>Data kept in the bucket (0 = share of the workload&apos;s S3 storage).</source>
        <translation>Im Bucket gespeicherte Daten (0 = Anteil am S3-Speicher der Last).</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <source>Keep previous versions of every object.</source>
        <translation>Frühere Versionen jedes Objekts behalten.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Server-side encryption of objects at rest.</source>
        <translation>Serverseitige Verschlüsselung der Objekte im Ruhezustand.</translation>
    </message>
    <message>
        <source>Block public access</source>
        <translation>Öffentlichen Zugriff sperren</translation>
    </message>
    <message>
        <source>Block every public ACL and policy; CloudFront reads through origin access control.</source>
        <translation>Jede öffentliche ACL und Richtlinie sperren; CloudFront liest über Origin Access Control.</translation>
    </message>
    <message>
        <source>Move to Infrequent Access after</source>
        <translation>Nach Infrequent Access verschieben nach</translation>
    </message>
    <message>
        <source>Lifecycle rule: move objects to Standard-IA after this many days (0 = off, else at least 30).</source>
        <translation>Lebenszyklusregel: Objekte nach so vielen Tagen nach Standard-IA verschieben (0 = aus, sonst mindestens 30).</translation>
    </message>
    <message>
        <source>Move to Glacier after</source>
        <translation>Nach Glacier verschieben nach</translation>
    </message>
    <message>
        <source>Lifecycle rule: move objects to Glacier Instant Retrieval after this many days (0 = off).</source>
        <translation>Lebenszyklusregel: Objekte nach so vielen Tagen nach Glacier Instant Retrieval verschieben (0 = aus).</translation>
    </message>
    <message>
        <source>Expire after</source>
        <translation>Ablauf nach</translation>
    </message>
    <message>
        <source>Lifecycle rule: delete objects after this many days (0 = never).</source>
        <translation>Lebenszyklusregel: Objekte nach so vielen Tagen löschen (0 = nie).</translation>
    </message>
    <message>
        <source>Expire old versions after</source>
        <translation>Ablauf alter Versionen nach</translation>
    </message>
    <message>
        <source>Delete non-current versions after this many days (0 = never).</source>
        <translation>Nicht aktuelle Versionen nach so vielen Tagen löschen (0 = nie).</translation>
    </message>
    <message>
        <source>Scan on push</source>
        <translation>Beim Push scannen</translation>
    </message>
    <message>
        <source>Scan each pushed image for known vulnerabilities.</source>
        <translation>Jedes hochgeladene Image auf bekannte Schwachstellen prüfen.</translation>
    </message>
    <message>
        <source>Immutable tags</source>
        <translation>Unveränderliche Tags</translation>
    </message>
    <message>
        <source>Refuse to overwrite an existing image tag.</source>
        <translation>Das Überschreiben eines vorhandenen Image-Tags verweigern.</translation>
    </message>
    <message>
        <source>Images kept</source>
        <translation>Behaltene Images</translation>
    </message>
    <message>
        <source>Lifecycle policy: keep this many most recent images.</source>
        <translation>Lebenszyklusrichtlinie: so viele der neuesten Images behalten.</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Stored images</source>
        <translation>Gespeicherte Images</translation>
    </message>
    <message>
        <source>Image data kept in the repository.</source>
        <translation>Im Repository gespeicherte Image-Daten.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Secrets kept in Secrets Manager and injected into the tasks.</source>
        <translation>Geheimnisse, die im Secrets Manager liegen und den Tasks übergeben werden.</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Rotate the database password every this many days (0 = no rotation).</source>
        <translation>Das Datenbankpasswort alle so viele Tage wechseln (0 = keine Rotation).</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Secret reads per month (task starts and refreshes).</source>
        <translation>Lesezugriffe auf Geheimnisse pro Monat (Task-Starts und Aktualisierungen).</translation>
    </message>
    <message>
        <source>calls/month</source>
        <translation>Aufrufe/Monat</translation>
    </message>
    <message>
        <source>Log retention</source>
        <translation>Aufbewahrung der Logs</translation>
    </message>
    <message>
        <source>Days log events are kept in each log group.</source>
        <translation>Tage, die Log-Ereignisse in jeder Log-Gruppe aufbewahrt werden.</translation>
    </message>
    <message>
        <source>GB/month</source>
        <translation>GB/Monat</translation>
    </message>
    <message>
        <source>Container Insights</source>
        <translation>Container Insights</translation>
    </message>
    <message>
        <source>Collect per-task CPU and memory metrics for the ECS cluster.</source>
        <translation>CPU- und Speichermetriken je Task für den ECS-Cluster sammeln.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Create the standard alarms (CPU, memory, 5xx, latency, database, Redis, queue depth).</source>
        <translation>Die Standardalarme anlegen (CPU, Arbeitsspeicher, 5xx, Latenz, Datenbank, Redis, Warteschlangenlänge).</translation>
    </message>
    <message>
        <source>Alarm e-mail</source>
        <translation>Alarm-E-Mail</translation>
    </message>
    <message>
        <source>Where alarm notifications are sent (through an SNS topic); empty = no subscription.</source>
        <translation>Wohin Alarmbenachrichtigungen gesendet werden (über ein SNS-Topic); leer = kein Abonnement.</translation>
    </message>
    <message>
        <source>Celery broker</source>
        <translation>Celery-Broker</translation>
    </message>
    <message>
        <source>Use SQS as the Celery broker instead of Redis.</source>
        <translation>SQS statt Redis als Celery-Broker verwenden.</translation>
    </message>
    <message>
        <source>Visibility timeout</source>
        <translation>Sichtbarkeits-Timeout</translation>
    </message>
    <message>
        <source>Seconds a received message stays hidden; must exceed the longest task.</source>
        <translation>Sekunden, die eine empfangene Nachricht verborgen bleibt; muss länger sein als die längste Aufgabe.</translation>
    </message>
    <message>
        <source>Message retention</source>
        <translation>Aufbewahrung der Nachrichten</translation>
    </message>
    <message>
        <source>Seconds an unconsumed message is kept.</source>
        <translation>Sekunden, die eine nicht abgeholte Nachricht aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>API requests per month (send, receive, delete, empty polls).</source>
        <translation>API-Anfragen pro Monat (Senden, Empfangen, Löschen, leere Abfragen).</translation>
    </message>
    <message>
        <source>million/month</source>
        <translation>Mio./Monat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Human name of the design.</source>
        <translation>Lesbarer Name des Entwurfs.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Short identifier used in resource names, the Django project and the Celery app.</source>
        <translation>Kurzer Bezeichner für Ressourcennamen, das Django-Projekt und die Celery-App.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>AWS region (prices come from the pricing catalog of that region).</source>
        <translation>AWS-Region (die Preise stammen aus dem Preiskatalog dieser Region).</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Production designs are held to the full resilience rules.</source>
        <translation>Für Produktionsentwürfe gelten die vollständigen Regeln zur Ausfallsicherheit.</translation>
    </message>
    <message>
        <source>Django version</source>
        <translation>Django-Version</translation>
    </message>
    <message>
        <source>Django LTS release the application runs (major.minor). The exported settings are written for it and refuse to load under another release; 4.2 is out of upstream support since April 2026, 5.2 is supported until April 2028.</source>
        <translation>Django-LTS-Version, mit der die Anwendung läuft (Haupt- und Nebenversion). Die exportierten Einstellungen sind für sie geschrieben und lassen sich unter einer anderen Version nicht laden; 4.2 wird seit April 2026 nicht mehr vom Django-Projekt unterstützt, 5.2 bis April 2028.</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>new_vpc creates a VPC with public and private subnets; existing_vpc takes the ids of one you have.</source>
        <translation>new_vpc legt eine VPC mit öffentlichen und privaten Subnetzen an; existing_vpc übernimmt die IDs einer vorhandenen.</translation>
    </message>
    <message>
        <source>VPC CIDR</source>
        <translation>VPC-CIDR</translation>
    </message>
    <message>
        <source>Address range of a new VPC.</source>
        <translation>Adressbereich einer neuen VPC.</translation>
    </message>
    <message>
        <source>Availability Zones</source>
        <translation>Availability Zones</translation>
    </message>
    <message>
        <source>Availability Zones the tasks, NAT gateways and routes use; one only outside production (the subnets span at least two: a load balancer and an RDS subnet group need two).</source>
        <translation>Availability Zones, die Tasks, NAT-Gateways und Routen nutzen; eine nur außerhalb der Produktion (die Subnetze erstrecken sich über mindestens zwei: ein Load Balancer und eine RDS-Subnetzgruppe brauchen zwei).</translation>
    </message>
    <message>
        <source>NAT gateways</source>
        <translation>NAT-Gateways</translation>
    </message>
    <message>
        <source>NAT gateways for the private subnets (one per AZ for resilience, 1 to save cost, 0 if tasks have public IPs).</source>
        <translation>NAT-Gateways für die privaten Subnetze (eines je AZ für Ausfallsicherheit, 1 zum Sparen, 0 wenn Tasks öffentliche IPs haben).</translation>
    </message>
    <message>
        <source>gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Existing VPC id</source>
        <translation>ID der vorhandenen VPC</translation>
    </message>
    <message>
        <source>With existing_vpc: the VPC id.</source>
        <translation>Mit existing_vpc: die ID der VPC.</translation>
    </message>
    <message>
        <source>Existing public subnets</source>
        <translation>Vorhandene öffentliche Subnetze</translation>
    </message>
    <message>
        <source>With existing_vpc: public subnet ids (for the ALB).</source>
        <translation>Mit existing_vpc: IDs der öffentlichen Subnetze (für den ALB).</translation>
    </message>
    <message>
        <source>Existing private subnets</source>
        <translation>Vorhandene private Subnetze</translation>
    </message>
    <message>
        <source>With existing_vpc: private subnet ids (tasks, database, Redis).</source>
        <translation>Mit existing_vpc: IDs der privaten Subnetze (Tasks, Datenbank, Redis).</translation>
    </message>
    <message>
        <source>Average requests</source>
        <translation>Durchschnittliche Anfragen</translation>
    </message>
    <message>
        <source>Average requests per second reaching the application.</source>
        <translation>Durchschnittliche Anfragen pro Sekunde, die die Anwendung erreichen.</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Peak requests</source>
        <translation>Spitzenlast an Anfragen</translation>
    </message>
    <message>
        <source>Peak requests per second.</source>
        <translation>Anfragen pro Sekunde in der Spitze.</translation>
    </message>
    <message>
        <source>Read/write ratio</source>
        <translation>Lese-/Schreibverhältnis</translation>
    </message>
    <message>
        <source>Database reads per write.</source>
        <translation>Lesezugriffe auf die Datenbank je Schreibzugriff.</translation>
    </message>
    <message>
        <source>reads per write</source>
        <translation>Lesezugriffe je Schreibzugriff</translation>
    </message>
    <message>
        <source>p95 latency target</source>
        <translation>Ziel für p95-Latenz</translation>
    </message>
    <message>
        <source>Target 95th percentile response time.</source>
        <translation>Zielwert der Antwortzeit im 95. Perzentil.</translation>
    </message>
    <message>
        <source>Average response</source>
        <translation>Durchschnittliche Antwort</translation>
    </message>
    <message>
        <source>S3 storage</source>
        <translation>S3-Speicher</translation>
    </message>
    <message>
        <source>Static and media data kept in S3.</source>
        <translation>In S3 gespeicherte statische Dateien und Mediendateien.</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Datenbankgröße</translation>
    </message>
    <message>
        <source>Current database size.</source>
        <translation>Aktuelle Größe der Datenbank.</translation>
    </message>
    <message>
        <source>Database growth</source>
        <translation>Datenbankwachstum</translation>
    </message>
    <message>
        <source>Database growth per month.</source>
        <translation>Wachstum der Datenbank pro Monat.</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Monthly spend target; a finding fires when the estimate exceeds it (0 = no budget).</source>
        <translation>Angestrebte monatliche Ausgaben; ein Befund wird gemeldet, wenn die Schätzung sie übersteigt (0 = kein Budget).</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Compliance regimes the design must satisfy.</source>
        <translation>Compliance-Vorgaben, die der Entwurf erfüllen muss.</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Teamgröße</translation>
    </message>
    <message>
        <source>Engineers operating the platform.</source>
        <translation>Ingenieurinnen und Ingenieure, die die Plattform betreiben.</translation>
    </message>
    <message>
        <source>engineers</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Kubernetes experience</source>
        <translation>Kubernetes-Erfahrung</translation>
    </message>
    <message>
        <source>Whether the team already runs Kubernetes (ECS vs EKS decision).</source>
        <translation>Ob das Team bereits Kubernetes betreibt (Entscheidung zwischen ECS und EKS).</translation>
    </message>
    <message>
        <source>Celery app</source>
        <translation>Celery-App</translation>
    </message>
    <message>
        <source>Python module of the Celery app (celery -A …).</source>
        <translation>Python-Modul der Celery-App (celery -A …).</translation>
    </message>
    <message>
        <source>Threads per worker</source>
        <translation>Threads pro Worker</translation>
    </message>
    <message>
        <source>Gunicorn threads per worker (the gthread worker class above 1); a sync worker serves one request at a time. Uvicorn ignores it.</source>
        <translation>Gunicorn-Threads pro Worker (über 1 die Worker-Klasse gthread); ein sync-Worker bedient eine Anfrage nach der anderen. Uvicorn ignoriert den Wert.</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Task arrivals</source>
        <translation>Task-Eingänge</translation>
    </message>
    <message>
        <source>Average tasks per second sent to this group&apos;s queues; at peak traffic it grows with peak_rps ÷ avg_rps.</source>
        <translation>Durchschnittliche Tasks pro Sekunde, die an die Warteschlangen dieser Gruppe gehen; zur Spitze wächst der Wert mit peak_rps ÷ avg_rps.</translation>
    </message>
    <message>
        <source>tasks/s</source>
        <translation>Tasks/s</translation>
    </message>
    <message>
        <source>Mean task duration</source>
        <translation>Mittlere Task-Dauer</translation>
    </message>
    <message>
        <source>Mean run time of one task of these queues.</source>
        <translation>Mittlere Laufzeit eines Tasks dieser Warteschlangen.</translation>
    </message>
    <message>
        <source>Mean service time</source>
        <translation>Mittlere Bedienzeit</translation>
    </message>
    <message>
        <source>Mean time a web worker spends on one request (Django code, database and cache calls), without waiting in a queue. Little&apos;s law and the queueing model size the web tier from it.</source>
        <translation>Mittlere Zeit, die ein Web-Worker für eine Anfrage braucht (Django-Code, Datenbank- und Cache-Aufrufe), ohne Wartezeit in einer Warteschlange. Littles Gesetz und das Warteschlangenmodell bemessen daraus die Web-Schicht.</translation>
    </message>
    <message>
        <source>Service time variability</source>
        <translation>Streuung der Bedienzeit</translation>
    </message>
    <message>
        <source>Standard deviation of the service time divided by its mean: 1 is the exponential service of the M/M/c model, below 1 steadier, above 1 burstier (it scales the queueing delay).</source>
        <translation>Standardabweichung der Bedienzeit geteilt durch ihren Mittelwert: 1 ist die exponentielle Bedienzeit des M/M/c-Modells, darunter gleichmäßiger, darüber sprunghafter (sie skaliert die Wartezeit).</translation>
    </message>
    <message>
        <source>CPU per request</source>
        <translation>CPU pro Anfrage</translation>
    </message>
    <message>
        <source>CPU time one request uses in the worker; the rest of the service time is spent waiting for the database, Redis or other services.</source>
        <translation>CPU-Zeit, die eine Anfrage im Worker verbraucht; den Rest der Bedienzeit wartet er auf die Datenbank, Redis oder andere Dienste.</translation>
    </message>
    <message>
        <source>Memory per web worker</source>
        <translation>Speicher pro Web-Worker</translation>
    </message>
    <message>
        <source>Resident memory of one Gunicorn or Uvicorn worker process with Django loaded; a web task must hold its workers plus 128 MiB for the master process and agents.</source>
        <translation>Belegter Speicher eines Gunicorn- oder Uvicorn-Worker-Prozesses mit geladenem Django; ein Web-Task muss seine Worker plus 128 MiB für den Master-Prozess und Agenten fassen.</translation>
    </message>
    <message>
        <source>Queries per request</source>
        <translation>Abfragen pro Anfrage</translation>
    </message>
    <message>
        <source>Database queries one request makes on average; with the read/write ratio it gives the database&apos;s I/O rate.</source>
        <translation>Datenbankabfragen, die eine Anfrage im Mittel stellt; mit dem Lese-/Schreibverhältnis ergibt sich daraus die I/O-Rate der Datenbank.</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Target utilisation</source>
        <translation>Zielauslastung</translation>
    </message>
    <message>
        <source>Share of each tier&apos;s capacity the sizing plans to use at peak; the rest is headroom for bursts and for a lost task or zone.</source>
        <translation>Anteil der Kapazität jeder Schicht, den die Bemessung zur Spitze einplant; der Rest ist Reserve für Lastspitzen und für einen ausgefallenen Task oder eine Zone.</translation>
    </message>
    <message>
        <source>Hot data share</source>
        <translation>Anteil heißer Daten</translation>
    </message>
    <message>
        <source>Share of the database read often (the working set the instance&apos;s memory should hold as cache).</source>
        <translation>Anteil der Datenbank, der häufig gelesen wird (das Working Set, das der Speicher der Instanz als Cache halten sollte).</translation>
    </message>
    <message>
        <source>Reads from disk</source>
        <translation>Lesezugriffe vom Speicher</translation>
    </message>
    <message>
        <source>Share of read queries that miss the cache and read from storage; each write query costs one I/O.</source>
        <translation>Anteil der Leseabfragen, die den Cache verfehlen und vom Speicher lesen; jede Schreibabfrage kostet eine I/O.</translation>
    </message>
    <message>
        <source>Sizing horizon</source>
        <translation>Bemessungshorizont</translation>
    </message>
    <message>
        <source>Months of database growth the storage must hold.</source>
        <translation>Monate Datenbankwachstum, die der Speicher fassen muss.</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Cache working set</source>
        <translation>Working Set des Caches</translation>
    </message>
    <message>
        <source>Memory the Django cache needs in Redis to keep its hit ratio.</source>
        <translation>Speicher, den der Django-Cache in Redis braucht, um seine Trefferquote zu halten.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Sessions kept at once (session cache in Redis).</source>
        <translation>Gleichzeitig gehaltene Sitzungen (Sitzungs-Cache in Redis).</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session size</source>
        <translation>Sitzungsgröße</translation>
    </message>
    <message>
        <source>Average size of one stored session.</source>
        <translation>Mittlere Größe einer gespeicherten Sitzung.</translation>
    </message>
    <message>
        <source>Memory per Celery process</source>
        <translation>Speicher pro Celery-Prozess</translation>
    </message>
    <message>
        <source>Resident memory of one Celery pool process; a worker task must hold its concurrency plus 128 MiB for the main process and agents.</source>
        <translation>Belegter Speicher eines Celery-Pool-Prozesses; ein Worker-Task muss seine Parallelität plus 128 MiB für den Hauptprozess und Agenten fassen.</translation>
    </message>
    <message>
        <source>Task message size</source>
        <translation>Größe einer Task-Nachricht</translation>
    </message>
    <message>
        <source>Size of one Celery message waiting in the broker.</source>
        <translation>Größe einer Celery-Nachricht, die im Broker wartet.</translation>
    </message>
    <message>
        <source>Burst length</source>
        <translation>Dauer einer Lastspitze</translation>
    </message>
    <message>
        <source>Peak task arrivals lasting this long are queued at once in the Celery sizing: the queues must drain them and Redis must hold them.</source>
        <translation>Spitzen-Task-Eingänge dieser Dauer werden in der Celery-Bemessung auf einmal eingereiht: die Warteschlangen müssen sie abarbeiten und Redis muss sie halten.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Share of static and media requests answered at the edge; application responses are not cached and reach the load balancer.</source>
        <translation>Anteil der Anfragen nach statischen Dateien und Medien, die am Edge beantwortet werden; Anwendungsantworten werden nicht gecacht und erreichen den Load Balancer.</translation>
    </message>
    <message>
        <source>Log ingestion (override)</source>
        <translation>Log-Aufnahme (Vorgabe)</translation>
    </message>
    <message>
        <source>Log data written per month by all tasks, as measured; 0 derives it from the traffic model (requests and Celery tasks × log bytes per request).</source>
        <translation>Log-Daten aller Tasks im Monat, wie gemessen; 0 leitet sie aus dem Verkehrsmodell ab (Anfragen und Celery-Tasks × Log-Bytes pro Anfrage).</translation>
    </message>
    <message>
        <source>Data through NAT (override)</source>
        <translation>Daten über NAT (Vorgabe)</translation>
    </message>
    <message>
        <source>Data the tasks send through NAT per month, as measured; 0 derives it from the traffic model (logs, image pulls, uploads to S3).</source>
        <translation>Daten, die die Tasks im Monat über NAT senden, wie gemessen; 0 leitet sie aus dem Verkehrsmodell ab (Logs, Image-Downloads, Uploads nach S3).</translation>
    </message>
    <message>
        <source>Average application response as the app sends it through the load balancer (HTML, JSON); CloudFront compression saves 25 % of it.</source>
        <translation>Mittlere Anwendungsantwort, wie die App sie über den Load Balancer sendet (HTML, JSON); die Komprimierung von CloudFront spart 25 % davon.</translation>
    </message>
    <message>
        <source>Static/media objects per request</source>
        <translation>Statische Dateien/Medien pro Anfrage</translation>
    </message>
    <message>
        <source>Static and media objects viewers fetch per application request (CSS, JS, images not already in the browser cache).</source>
        <translation>Statische Dateien und Medien, die Besucher pro Anwendungsanfrage laden (CSS, JS, Bilder, die nicht schon im Browser-Cache liegen).</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Static/media object size</source>
        <translation>Größe einer statischen Datei/eines Mediums</translation>
    </message>
    <message>
        <source>Average size of one static or media object sent to a viewer.</source>
        <translation>Mittlere Größe einer statischen Datei oder eines Mediums, das an einen Besucher geht.</translation>
    </message>
    <message>
        <source>CDN egress (override)</source>
        <translation>CDN-Ausgang (Vorgabe)</translation>
    </message>
    <message>
        <source>Data CloudFront sends to viewers per month, as measured; 0 derives it from the traffic model (requests × response size plus static and media). A finding compares a typed figure with the derived one.</source>
        <translation>Daten, die CloudFront im Monat an Besucher sendet, wie gemessen; 0 leitet sie aus dem Verkehrsmodell ab (Anfragen × Antwortgröße plus statische Dateien und Medien). Ein Befund vergleicht einen eingegebenen Wert mit dem abgeleiteten.</translation>
    </message>
    <message>
        <source>CDN requests (override)</source>
        <translation>CDN-Anfragen (Vorgabe)</translation>
    </message>
    <message>
        <source>HTTPS requests CloudFront serves per month, as measured; 0 derives them from the traffic model (application requests plus static and media objects).</source>
        <translation>HTTPS-Anfragen, die CloudFront im Monat bedient, wie gemessen; 0 leitet sie aus dem Verkehrsmodell ab (Anwendungsanfragen plus statische Dateien und Medien).</translation>
    </message>
    <message>
        <source>Writes that upload a file</source>
        <translation>Schreibvorgänge mit Datei-Upload</translation>
    </message>
    <message>
        <source>Share of write requests that store a file in the media bucket (S3 PUTs and NAT data).</source>
        <translation>Anteil der Schreibanfragen, die eine Datei im Medien-Bucket ablegen (S3-PUTs und NAT-Daten).</translation>
    </message>
    <message>
        <source>Upload size</source>
        <translation>Upload-Größe</translation>
    </message>
    <message>
        <source>Average size of one uploaded media file.</source>
        <translation>Mittlere Größe einer hochgeladenen Mediendatei.</translation>
    </message>
    <message>
        <source>Log per request</source>
        <translation>Log pro Anfrage</translation>
    </message>
    <message>
        <source>Log bytes written per application request and per Celery task (access line plus application lines).</source>
        <translation>Log-Bytes pro Anwendungsanfrage und pro Celery-Task (Zugriffszeile plus Anwendungszeilen).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Database bytes per query</source>
        <translation>Datenbank-Bytes pro Abfrage</translation>
    </message>
    <message>
        <source>Bytes a query and its result carry between the app, pgBouncer and the database (inter-AZ traffic).</source>
        <translation>Bytes, die eine Abfrage und ihr Ergebnis zwischen App, pgBouncer und Datenbank übertragen (Verkehr zwischen AZs).</translation>
    </message>
    <message>
        <source>Redis bytes per request</source>
        <translation>Redis-Bytes pro Anfrage</translation>
    </message>
    <message>
        <source>Bytes one request reads from and writes to Redis (cache and session; inter-AZ traffic).</source>
        <translation>Bytes, die eine Anfrage in Redis liest und schreibt (Cache und Session; Verkehr zwischen AZs).</translation>
    </message>
    <message>
        <source>Container image size</source>
        <translation>Größe des Container-Images</translation>
    </message>
    <message>
        <source>Compressed size of one container image pulled from ECR.</source>
        <translation>Komprimierte Größe eines aus ECR geladenen Container-Images.</translation>
    </message>
    <message>
        <source>Deploys</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Deployments per month; each pulls the image once per desired task (NAT data).</source>
        <translation>Deployments pro Monat; jedes lädt das Image einmal pro gewünschtem Task (NAT-Daten).</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Aurora PostgreSQL</source>
        <translation>Aurora PostgreSQL</translation>
    </message>
    <message>
        <source>Aurora PostgreSQL cluster: a writer and readers on shared storage, provisioned or Serverless v2.</source>
        <translation>Aurora-PostgreSQL-Cluster: ein Writer und Reader auf gemeinsamem Speicher, bereitgestellt oder Serverless v2.</translation>
    </message>
    <message>
        <source>EventBridge Scheduler</source>
        <translation>EventBridge Scheduler</translation>
    </message>
    <message>
        <source>Schedules that run ECS tasks or send to SQS, instead of Celery Beat for cross-service jobs.</source>
        <translation>Zeitpläne, die ECS-Tasks starten oder an SQS senden, statt Celery Beat für dienstübergreifende Jobs.</translation>
    </message>
    <message>
        <source>MemoryDB</source>
        <translation>MemoryDB</translation>
    </message>
    <message>
        <source>Durable Redis-compatible store for sessions, results or broker messages that must survive a failure.</source>
        <translation>Dauerhafter Redis-kompatibler Speicher für Sitzungen, Ergebnisse oder Broker-Nachrichten, die einen Ausfall überstehen müssen.</translation>
    </message>
    <message>
        <source>Access log retention</source>
        <translation>Aufbewahrung der Zugriffslogs</translation>
    </message>
    <message>
        <source>Days the load balancer&apos;s and CloudFront&apos;s access logs are kept in the log bucket (an S3 lifecycle rule expires them).</source>
        <translation>Tage, die die Zugriffslogs des Load Balancers und von CloudFront im Log-Bucket aufbewahrt werden (eine S3-Lifecycle-Regel lässt sie ablaufen).</translation>
    </message>
    <message>
        <source>Flow log retention</source>
        <translation>Aufbewahrung der Flow-Logs</translation>
    </message>
    <message>
        <source>Days the VPC flow logs are kept in their CloudWatch log group.</source>
        <translation>Tage, die die VPC-Flow-Logs in ihrer CloudWatch-Log-Gruppe aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Database log retention</source>
        <translation>Aufbewahrung der Datenbank-Logs</translation>
    </message>
    <message>
        <source>Days the exported database logs are kept in CloudWatch (RDS: PostgreSQL and upgrade logs; Aurora: the PostgreSQL log).</source>
        <translation>Tage, die die exportierten Datenbank-Logs in CloudWatch aufbewahrt werden (RDS: PostgreSQL- und Upgrade-Logs; Aurora: das PostgreSQL-Log).</translation>
    </message>
    <message>
        <source>Aurora PostgreSQL major version (for example 16); the module runs its latest minor version with automatic minor upgrades.</source>
        <translation>Hauptversion von Aurora PostgreSQL (zum Beispiel 16); das Modul betreibt ihre neueste Nebenversion mit automatischen Nebenversions-Upgrades.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>provisioned runs every instance on the instance class below; serverless_v2 runs db.serverless instances that scale between the minimum and maximum ACUs (1 ACU is about 2 GiB of memory with its CPU).</source>
        <translation>provisioned betreibt jede Instanz mit der Instanzklasse unten; serverless_v2 betreibt db.serverless-Instanzen, die zwischen minimalen und maximalen ACUs skalieren (1 ACU entspricht etwa 2 GiB Arbeitsspeicher mit zugehöriger CPU).</translation>
    </message>
    <message>
        <source>Aurora instance class of the writer and every reader (provisioned capacity); memory sets the default connection limit.</source>
        <translation>Aurora-Instanzklasse des Writers und jedes Readers (bereitgestellte Kapazität); ihr Arbeitsspeicher bestimmt das Standardlimit der Verbindungen.</translation>
    </message>
    <message>
        <source>Minimum capacity</source>
        <translation>Minimale Kapazität</translation>
    </message>
    <message>
        <source>Serverless v2: lowest capacity of each instance, in steps of 0.5 ACU; 0 lets an idle instance pause (it takes seconds to resume).</source>
        <translation>Serverless v2: niedrigste Kapazität jeder Instanz, in Schritten von 0,5 ACU; 0 lässt eine untätige Instanz pausieren (das Fortsetzen dauert Sekunden).</translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation>Maximale Kapazität</translation>
    </message>
    <message>
        <source>Serverless v2: highest capacity of each instance, in steps of 0.5 ACU (up to 256 on recent versions); it also sets the instance&apos;s connection limit.</source>
        <translation>Serverless v2: höchste Kapazität jeder Instanz, in Schritten von 0,5 ACU (bis 256 bei neueren Versionen); sie bestimmt auch das Verbindungslimit der Instanz.</translation>
    </message>
    <message>
        <source>Average capacity</source>
        <translation>Mittlere Kapazität</translation>
    </message>
    <message>
        <source>Serverless v2: the capacity each instance averages over a month, for the cost estimate (the bill follows actual use between the minimum and maximum).</source>
        <translation>Serverless v2: die Kapazität, die jede Instanz im Monatsmittel hat, für die Kostenschätzung (die Rechnung folgt der tatsächlichen Nutzung zwischen Minimum und Maximum).</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Reader instances besides the writer, in other Availability Zones: one is the failover target, all serve the reader endpoint.</source>
        <translation>Reader-Instanzen neben dem Writer, in anderen Availability Zones: eine ist das Failover-Ziel, alle bedienen den Reader-Endpunkt.</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Storage configuration</source>
        <translation>Speicherkonfiguration</translation>
    </message>
    <message>
        <source>standard bills storage and every I/O request; io_optimized bills no I/O but more per GB and about 30 % more per instance-hour or ACU-hour (pays off when I/O is over about a quarter of the bill).</source>
        <translation>standard berechnet Speicher und jede I/O-Anfrage; io_optimized berechnet keine I/O, aber mehr je GB und etwa 30 % mehr je Instanzstunde oder ACU-Stunde (lohnt sich, wenn I/O mehr als etwa ein Viertel der Rechnung ausmacht).</translation>
    </message>
    <message>
        <source>I/O requests (override)</source>
        <translation>I/O-Anfragen (Überschreibung)</translation>
    </message>
    <message>
        <source>Storage I/O requests per month billed with standard storage, as measured; 0 derives them from the workload (writes plus reads that miss the cache).</source>
        <translation>Mit Standard-Speicher berechnete I/O-Anfragen pro Monat, wie gemessen; 0 leitet sie aus der Last ab (Schreibvorgänge plus Lesevorgänge, die den Cache verfehlen).</translation>
    </message>
    <message>
        <source>Global database</source>
        <translation>Globale Datenbank</translation>
    </message>
    <message>
        <source>Make the cluster the primary of an Aurora Global Database, so clusters in other regions can be added as secondaries (cross-region disaster recovery).</source>
        <translation>Den Cluster zum primären Cluster einer Aurora Global Database machen, sodass Cluster in anderen Regionen als sekundäre hinzugefügt werden können (regionsübergreifende Notfallwiederherstellung).</translation>
    </message>
    <message>
        <source>Days continuous backups are kept (Aurora keeps at least 1).</source>
        <translation>Tage, die fortlaufende Sicherungen aufbewahrt werden (Aurora bewahrt mindestens 1 auf).</translation>
    </message>
    <message>
        <source>Refuse deletion of the cluster through the API.</source>
        <translation>Das Löschen des Clusters über die API verweigern.</translation>
    </message>
    <message>
        <source>Collect query-level load data on every instance (7 days free).</source>
        <translation>Lastdaten auf Abfrageebene auf jeder Instanz erfassen (7 Tage kostenlos).</translation>
    </message>
    <message>
        <source>Encrypt the cluster volume, backups and snapshots at rest with KMS.</source>
        <translation>Cluster-Volume, Sicherungen und Snapshots im Ruhezustand mit KMS verschlüsseln.</translation>
    </message>
    <message>
        <source>Give the instances public addresses; never wanted for a Django backend.</source>
        <translation>Den Instanzen öffentliche Adressen geben; für ein Django-Backend nie gewollt.</translation>
    </message>
    <message>
        <source>Extra PostgreSQL parameters for the cluster parameter group (name: value).</source>
        <translation>Zusätzliche PostgreSQL-Parameter für die Cluster-Parametergruppe (name: value).</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>One schedule per entry: name: &quot;EXPRESSION -&gt; TARGET: COMMAND&quot;. EXPRESSION is rate(N minutes|hours|days) or cron(minutes hours day-of-month month day-of-week year); TARGET is an ECS worker or web service (RunTask of its image with COMMAND, for example python manage.py clearsessions) or an SQS component with a queue, sqs/QUEUE (COMMAND is the message body).</source>
        <translation>Ein Zeitplan je Eintrag: name: &quot;EXPRESSION -&gt; TARGET: COMMAND&quot;. EXPRESSION ist rate(N minutes|hours|days) oder cron(Minuten Stunden Tag-des-Monats Monat Wochentag Jahr); TARGET ist ein ECS-Worker- oder -Web-Dienst (RunTask seines Images mit COMMAND, zum Beispiel python manage.py clearsessions) oder eine SQS-Komponente mit einer Queue, sqs/QUEUE (COMMAND ist der Nachrichtentext).</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>IANA time zone the cron expressions are read in (for example Europe/Berlin); rate() ignores it.</source>
        <translation>IANA-Zeitzone, in der die cron-Ausdrücke gelesen werden (zum Beispiel Europe/Berlin); rate() ignoriert sie.</translation>
    </message>
    <message>
        <source>Flexible window</source>
        <translation>Flexibles Zeitfenster</translation>
    </message>
    <message>
        <source>0 runs each schedule at its time; more lets EventBridge spread the invocations over that many minutes.</source>
        <translation>0 führt jeden Zeitplan zu seiner Zeit aus; mehr lässt EventBridge die Aufrufe über so viele Minuten verteilen.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>How often EventBridge retries a failed invocation (RunTask refused, queue unavailable).</source>
        <translation>Wie oft EventBridge einen fehlgeschlagenen Aufruf wiederholt (RunTask abgelehnt, Queue nicht verfügbar).</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Maximum event age</source>
        <translation>Maximales Ereignisalter</translation>
    </message>
    <message>
        <source>Seconds after which an invocation that could not be delivered is dropped.</source>
        <translation>Sekunden, nach denen ein Aufruf, der nicht zugestellt werden konnte, verworfen wird.</translation>
    </message>
    <message>
        <source>Scheduled task run time</source>
        <translation>Laufzeit geplanter Tasks</translation>
    </message>
    <message>
        <source>Average minutes a scheduled ECS task runs, for the Fargate cost of its runs (the target service&apos;s CPU and memory).</source>
        <translation>Mittlere Minuten, die ein geplanter ECS-Task läuft, für die Fargate-Kosten seiner Läufe (CPU und Arbeitsspeicher des Zieldienstes).</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Valkey (30 % cheaper node-hours, Redis OSS compatible) or Redis OSS.</source>
        <translation>Valkey (30 % günstigere Knotenstunden, kompatibel mit Redis OSS) oder Redis OSS.</translation>
    </message>
    <message>
        <source>Engine version (Valkey 7.2, Redis OSS 7.1 or 6.2).</source>
        <translation>Engine-Version (Valkey 7.2, Redis OSS 7.1 oder 6.2).</translation>
    </message>
    <message>
        <source>MemoryDB node type; memory holds the whole data set.</source>
        <translation>MemoryDB-Knotentyp; der Arbeitsspeicher hält den gesamten Datenbestand.</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Shards the key space is split over. MemoryDB is always a cluster: Celery&apos;s Redis transport and Django&apos;s cache client need a single shard.</source>
        <translation>Shards, auf die der Schlüsselraum aufgeteilt wird. MemoryDB ist immer ein Cluster: der Redis-Transport von Celery und der Cache-Client von Django brauchen einen einzigen Shard.</translation>
    </message>
    <message>
        <source>shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Replicas per shard</source>
        <translation>Replikate je Shard</translation>
    </message>
    <message>
        <source>Replicas of each shard in other zones (failover targets, read scaling).</source>
        <translation>Replikate jedes Shards in anderen Zonen (Failover-Ziele, Leseskalierung).</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Encrypt client connections (rediss://).</source>
        <translation>Client-Verbindungen verschlüsseln (rediss://).</translation>
    </message>
    <message>
        <source>ACL users</source>
        <translation>ACL-Benutzer</translation>
    </message>
    <message>
        <source>Users of the cluster&apos;s access control list, each with its own password kept in Secrets Manager; the application logs in as the first.</source>
        <translation>Benutzer der Zugriffskontrollliste des Clusters, jeder mit eigenem Passwort in Secrets Manager; die Anwendung meldet sich als der erste an.</translation>
    </message>
    <message>
        <source>Access string</source>
        <translation>Zugriffszeichenkette</translation>
    </message>
    <message>
        <source>Redis ACL rule the users get (keys, channels and commands).</source>
        <translation>Redis-ACL-Regel, die die Benutzer erhalten (Schlüssel, Kanäle und Befehle).</translation>
    </message>
    <message>
        <source>What Django and Celery keep here: the roles that must survive a node failure (sessions, results, broker messages); a plain cache belongs in ElastiCache.</source>
        <translation>Was Django und Celery hier ablegen: die Rollen, die einen Knotenausfall überstehen müssen (Sitzungen, Ergebnisse, Broker-Nachrichten); ein einfacher Cache gehört in ElastiCache.</translation>
    </message>
    <message>
        <source>Data written (override)</source>
        <translation>Geschriebene Daten (Überschreibung)</translation>
    </message>
    <message>
        <source>Data written per month, as measured; 0 derives it from the workload (session writes, task messages and results).</source>
        <translation>Pro Monat geschriebene Daten, wie gemessen; 0 leitet sie aus der Last ab (Sitzungsschreibvorgänge, Task-Nachrichten und Ergebnisse).</translation>
    </message>
    <message>
        <source>Port the cluster listens on.</source>
        <translation>Port, auf dem der Cluster lauscht.</translation>
    </message>
    <message>
        <source>VPC endpoints</source>
        <translation>VPC-Endpunkte</translation>
    </message>
    <message>
        <source>Reach ECR, Secrets Manager and CloudWatch Logs through interface endpoints and S3 through its gateway endpoint instead of NAT (a new VPC only); the cost estimate weighs their hourly charge against the NAT data they save.</source>
        <translation>ECR, Secrets Manager und CloudWatch Logs über Interface-Endpunkte und S3 über seinen Gateway-Endpunkt statt über NAT erreichen (nur bei einer neuen VPC); die Kostenschätzung wägt ihre Stundengebühr gegen die eingesparten NAT-Daten ab.</translation>
    </message>
    <message>
        <source>WAF web ACL</source>
        <translation>WAF-Web-ACL</translation>
    </message>
    <message>
        <source>Filter requests with an AWS WAF web ACL of AWS managed rule groups (common rules, known bad inputs, SQL injection): on CloudFront when it fronts the load balancer, else on the load balancer.</source>
        <translation>Anfragen mit einer AWS-WAF-Web-ACL aus von AWS verwalteten Regelgruppen filtern (allgemeine Regeln, bekannte schädliche Eingaben, SQL-Injection): an CloudFront, wenn es vor dem Load Balancer steht, sonst am Load Balancer.</translation>
    </message>
    <message>
        <source>Path patterns</source>
        <translation>Pfadmuster</translation>
    </message>
    <message>
        <source>Request paths the ALB sends to this service (for example /api/*), one listener rule; empty: the listener&apos;s default route. With several web services, every one but the default needs patterns.</source>
        <translation>Anfragepfade, die der ALB an diesen Dienst leitet (zum Beispiel /api/*), als eine Listener-Regel; leer: die Standardroute des Listeners. Bei mehreren Webdiensten braucht jeder außer dem Standarddienst Muster.</translation>
    </message>
    <message>
        <source>Flow logs of the existing VPC</source>
        <translation>Flow-Logs der bestehenden VPC</translation>
    </message>
    <message>
        <source>With existing_vpc: also log the VPC&apos;s traffic to this module&apos;s flow log group. Off by default: the VPC is its owner&apos;s, who usually logs it already (a second set doubles the flow log cost); a new VPC always gets flow logs.</source>
        <translation>Mit existing_vpc: den Verkehr der VPC zusätzlich in die Flow-Log-Gruppe dieses Moduls schreiben. Standardmäßig aus: Die VPC gehört ihrem Betreiber, der sie meist schon protokolliert (ein zweiter Satz verdoppelt die Flow-Log-Kosten); eine neue VPC bekommt immer Flow-Logs.</translation>
    </message>
</context>
<context>
    <name>Infra::SizeForWorkload</name>
    <message>
        <source>Size for Workload</source>
        <translation>Für die Last bemessen</translation>
    </message>
    <message>
        <source>The design already carries its workload at the target utilisation: nothing to change.</source>
        <translation>Der Entwurf trägt seine Last bereits bei der Zielauslastung: nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s) change.</source>
        <translation>
            <numerusform>%n Parameter ändert sich.</numerusform>
            <numerusform>%n Parameter ändern sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly cost at desired scale: %1 → %2 (%3); at maximum scale: %4 → %5 (%6).</source>
        <translation>Monatliche Kosten bei gewünschter Skalierung: %1 → %2 (%3); bei maximaler Skalierung: %4 → %5 (%6).</translation>
    </message>
    <message>
        <source>Apply the sizing to the design? It is one step to undo.</source>
        <translation>Die Bemessung auf den Entwurf anwenden? Sie lässt sich in einem Schritt rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Infra::Terraform</name>
    <message>
        <source>The Terraform module would declare names more than once and cannot be applied: %1</source>
        <translation>Das Terraform-Modul würde Namen mehrfach deklarieren und kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>Component %1 gives Terraform names the module already uses for other resources; rename the component. Declared more than once: %2</source>
        <translation>Komponente %1 ergibt Terraform-Namen, die das Modul schon für andere Ressourcen verwendet; benennen Sie die Komponente um. Mehrfach deklariert: %2</translation>
    </message>
    <message>
        <source>The ids of components %1 lead to the same Terraform names; rename one of them. Declared more than once: %2</source>
        <translation>Die IDs der Komponenten %1 ergeben dieselben Terraform-Namen; benennen Sie eine davon um. Mehrfach deklariert: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design studio for Django on AWS.</source>
        <translation>Designstudio für Django auf AWS.</translation>
    </message>
    <message>
        <source>Design file to open.</source>
        <translation>Zu öffnende Entwurfsdatei.</translation>
    </message>
    <message>
        <source>What to do with designs left by a crashed session: ask, restore or discard.</source>
        <translation>Umgang mit Entwürfen einer abgestürzten Sitzung: ask (nachfragen), restore (wiederherstellen) oder discard (verwerfen).</translation>
    </message>
    <message>
        <source>Directory of the crash-recovery files.</source>
        <translation>Verzeichnis der Wiederherstellungsdateien.</translation>
    </message>
    <message>
        <source>Autosave interval in milliseconds (default 30000).</source>
        <translation>Intervall der automatischen Sicherung in Millisekunden (Standard: 30000).</translation>
    </message>
    <message>
        <source>Make one edit after start (for the crash-recovery test).</source>
        <translation>Nach dem Start eine Änderung vornehmen (für den Wiederherstellungstest).</translation>
    </message>
    <message>
        <source>Open with the web service selected and the capacity chart of the cost view in front.</source>
        <translation>Mit ausgewähltem Webdienst und dem Kapazitätsdiagramm der Kostenansicht im Vordergrund öffnen.</translation>
    </message>
    <message>
        <source>Open the comparison of the design with another design file (File → Compare with File…).</source>
        <translation>Den Vergleich des Entwurfs mit einer anderen Entwurfsdatei öffnen (Datei → Mit Datei vergleichen …).</translation>
    </message>
    <message>
        <source>Open with the decisions dock in front, taller, showing the first proposed change.</source>
        <translation>Mit dem Entscheidungsbereich im Vordergrund öffnen, höher, mit der ersten vorgeschlagenen Änderung.</translation>
    </message>
    <message>
        <source>Open in the review layout (View → Review Layout): full screen, large canvas, panels as tabs.</source>
        <translation>Im Prüflayout öffnen (Ansicht → Prüflayout): Vollbild, große Arbeitsfläche, Bereiche als Reiter.</translation>
    </message>
    <message>
        <source>Print the window title, component count and time to the first frame, then quit (exit code 1 when the design cannot be opened).</source>
        <translation>Fenstertitel, Anzahl der Komponenten und Zeit bis zum ersten Bild ausgeben, dann beenden (Exit-Code 1, wenn der Entwurf nicht geöffnet werden kann).</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it has painted, then quit (exit code 1 when the design cannot be opened).</source>
        <translation>Ein PNG-Bild des Hauptfensters speichern, sobald es gezeichnet ist, dann beenden (Exit-Code 1, wenn der Entwurf nicht geöffnet werden kann).</translation>
    </message>
    <message>
        <source>Unsaved changes of a crashed session were left for the next start (--recovery restore or discard decides now).</source>
        <translation>Ungesicherte Änderungen einer abgestürzten Sitzung bleiben für den nächsten Start erhalten (--recovery restore oder discard entscheidet sofort).</translation>
    </message>
</context>
</TS>
