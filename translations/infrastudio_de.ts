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
        <translation>Be&amp;reiche</translation>
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
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>About Infra Studio</source>
        <translation>Über Infra Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Infra Studio %1&lt;/h3&gt;&lt;p&gt;A design studio for Django applications on AWS: draw the architecture, review its findings and costs, and export Terraform, docs and configs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Infra Studio %1&lt;/h3&gt;&lt;p&gt;Ein Designstudio für Django-Anwendungen auf AWS: Architektur zeichnen, Befunde und Kosten prüfen, Terraform, Dokumentation und Konfigurationen exportieren.&lt;/p&gt;</translation>
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
    <name>Infra::Panels</name>
    <message>
        <source>The parameters of the selected component will be edited here.</source>
        <translation>Hier werden die Parameter der ausgewählten Komponente bearbeitet.</translation>
    </message>
    <message>
        <source>The emitted Terraform, docs and configs will be previewed here.</source>
        <translation>Hier erscheint die Vorschau des erzeugten Terraform-Codes, der Dokumentation und der Konfigurationen.</translation>
    </message>
    <message>
        <source>Findings of the design review will be listed here.</source>
        <translation>Hier werden die Befunde der Entwurfsprüfung aufgeführt.</translation>
    </message>
    <message>
        <source>Monthly cost and what-if charts will be shown here.</source>
        <translation>Hier werden die monatlichen Kosten und Was-wäre-wenn-Diagramme angezeigt.</translation>
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
