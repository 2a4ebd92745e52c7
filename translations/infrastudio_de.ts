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
        <source>--compare needs at least one --set</source>
        <translation>--compare braucht mindestens ein --set</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Infra::Cli::ExportCommand</name>
    <message>
        <source>Writes the Terraform root module, documents and configs of a design under DIR (terraform/, docs/, config/) and, in builds with the GUI, the diagram docs/architecture/diagram.svg and .png. The same design gives byte-identical files; each file is written atomically and only when it changed; files the export did not write are left alone.
Exit code: 0 on success, 1 when the design is invalid, 2 on a usage error or a file that could not be read or written.</source>
        <translation>Schreibt das Terraform-Root-Modul, die Dokumente und Konfigurationen eines Entwurfs unter DIR (terraform/, docs/, config/) und, in Builds mit der grafischen Oberfläche, das Diagramm docs/architecture/diagram.svg und .png. Derselbe Entwurf ergibt byte-gleiche Dateien; jede Datei wird atomar und nur bei einer Änderung geschrieben; Dateien, die der Export nicht geschrieben hat, bleiben unberührt.
Exit-Code: 0 bei Erfolg, 1, wenn der Entwurf ungültig ist, 2 bei einem Aufruffehler oder einer Datei, die nicht gelesen oder geschrieben werden konnte.</translation>
    </message>
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
        <source>CDN egress</source>
        <translation>CDN-Datenabfluss</translation>
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
        <source>Charts or the table of line items</source>
        <translation>Diagramme oder die Tabelle der Einzelposten</translation>
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
        <source>CDN egress, GB per month</source>
        <translation>CDN-Datenabfluss, GB pro Monat</translation>
    </message>
</context>
<context>
    <name>Infra::DiagramRenderer</name>
    <message>
        <source>Costs: USD per month at desired scale.</source>
        <translation>Kosten: USD pro Monat bei gewünschter Skalierung.</translation>
    </message>
    <message numerus="yes">
        <source>Not drawn: %n IAM-only access path(s) from tasks to AWS APIs (S3, Secrets Manager, ECR, CloudWatch).</source>
        <translation>
            <numerusform>Nicht gezeichnet: %n reiner IAM-Zugriffsweg von Tasks zu AWS-APIs (S3, Secrets Manager, ECR, CloudWatch).</numerusform>
            <numerusform>Nicht gezeichnet: %n reine IAM-Zugriffswege von Tasks zu AWS-APIs (S3, Secrets Manager, ECR, CloudWatch).</numerusform>
        </translation>
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
