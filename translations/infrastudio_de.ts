<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Canvas</name>
    <message>
        <source>Drag components from the palette onto the canvas</source>
        <translation>Ziehen Sie Komponenten aus der Palette auf die Arbeitsfläche</translation>
    </message>
</context>
<context>
    <name>Infra</name>
    <message>
        <source>%1 vCPU · %2 GB · %3</source>
        <translation>%1 vCPU · %2 GB · %3</translation>
    </message>
    <message>
        <source>tasks %1–%2–%3</source>
        <translation>Tasks %1–%2–%3</translation>
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
    <name>Infra::Commands</name>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>Infra::CostCharts</name>
    <message>
        <source>$ / month</source>
        <translation>$ / Monat</translation>
    </message>
    <message>
        <source>Monthly total against:</source>
        <translation>Monatssumme in Abhängigkeit von:</translation>
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
        <source>%1: desired tasks (1–40)</source>
        <translation>%1: gewünschte Tasks (1–40)</translation>
    </message>
    <message>
        <source>%1: instance class</source>
        <translation>%1: Instanzklasse</translation>
    </message>
    <message>
        <source>CDN egress (0–20,000 GB)</source>
        <translation>CDN-Datenabfluss (0–20.000 GB)</translation>
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
        <source>%1 tasks</source>
        <translation>%1 Tasks</translation>
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
        <source>CDN egress GB</source>
        <translation>CDN-Datenabfluss GB</translation>
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
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
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
        <source>&lt;b&gt;Findings&lt;/b&gt;: %1 errors, %2 warnings, %3 notes&lt;br&gt;</source>
        <translation>&lt;b&gt;Befunde&lt;/b&gt;: %1 Fehler, %2 Warnungen, %3 Hinweise&lt;br&gt;</translation>
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
        <source>&lt;b&gt;Pool&lt;/b&gt;: %1 connections per task; %2 tasks → %3 connections, at maximum %4 tasks → %5&lt;br&gt;</source>
        <translation>&lt;b&gt;Pool&lt;/b&gt;: %1 Verbindungen pro Task; %2 Tasks → %3 Verbindungen, maximal %4 Tasks → %5&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connections reaching the database&lt;/b&gt;: %1 desired, %2 maximum; default limit %3, max_connections %4&lt;br&gt;</source>
        <translation>&lt;b&gt;Verbindungen zur Datenbank&lt;/b&gt;: %1 gewünscht, %2 maximal; Standardgrenze %3, max_connections %4&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;pgBouncer&lt;/b&gt;: default_pool_size %1, max_client_conn %2, reserve %3&lt;br&gt;</source>
        <translation>&lt;b&gt;pgBouncer&lt;/b&gt;: default_pool_size %1, max_client_conn %2, Reserve %3&lt;br&gt;</translation>
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
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren …</translation>
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
    <message>
        <source>%1 replica(s)%2</source>
        <translation>%1 Replikat(e)%2</translation>
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
        <source>Print the window title, component count and time to the first frame, then quit.</source>
        <translation>Fenstertitel, Anzahl der Komponenten und Zeit bis zum ersten Bild ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Make one edit after start (for the crash-recovery test).</source>
        <translation>Nach dem Start eine Änderung vornehmen (für den Wiederherstellungstest).</translation>
    </message>
    <message>
        <source>Save a PNG of the main window once it has painted, then quit.</source>
        <translation>Ein PNG-Bild des Hauptfensters speichern, sobald es gezeichnet ist, dann beenden.</translation>
    </message>
</context>
</TS>
