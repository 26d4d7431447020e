<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/shell/app_actions.cpp" line="+28"/>
        <source>&amp;Open Scenario or Trace...</source>
        <translation>Szenario oder Aufzeichnung ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;dit This Scenario</source>
        <translation>Szenario bearbei&amp;ten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the scenario on screen in the Scenario Editor</source>
        <translation>Das angezeigte Szenario im Szenario-Editor öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Trace...</source>
        <translation>Aufzeichnung &amp;speichern...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Chrome Trace JSON...</source>
        <translation>Als Chrome-Trace-JSON e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export View as &amp;Image (PNG/SVG)...</source>
        <translation>Ansicht als B&amp;ild exportieren (PNG/SVG)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Handout of This Step (PNG/SVG)...</source>
        <translation>&amp;Handzettel dieses Schritts exportieren (PNG/SVG)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One printable page: the process tree, the timeline and what this step does</source>
        <translation>Eine druckbare Seite: der Prozessbaum, die Zeitleiste und was dieser Schritt tut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Animation (GIF/PNG)...</source>
        <translation>&amp;Animation exportieren (GIF/PNG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run, or chosen steps, as an animated GIF or numbered PNG images for slides</source>
        <translation>Der Lauf oder gewählte Schritte als animiertes GIF oder nummerierte PNG-Bilder für Folien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Steps as PD&amp;F...</source>
        <translation>Schritte als P&amp;DF exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One landscape page per chosen step: the views and what the step did</source>
        <translation>Eine Seite im Querformat je gewähltem Schritt: die Ansichten und was der Schritt getan hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prin&amp;t Steps...</source>
        <translation>Schritte dr&amp;ucken...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one page per chosen step</source>
        <translation>Eine Seite je gewähltem Schritt drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;kern_fork.c...</source>
        <translation>&amp;kern_fork.c öffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step &amp;Over (to the next system call return)</source>
        <translation>Schritt &amp;über (bis zur nächsten Rückkehr aus einem Systemaufruf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step Over &amp;Backwards (to the previous system call return)</source>
        <translation>Schritt über &amp;rückwärts (bis zur vorigen Rückkehr aus einem Systemaufruf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to Step...</source>
        <translation>&amp;Gehe zu Schritt...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Start</source>
        <translation>Zum A&amp;nfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;End</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run to Breakpoint</source>
        <translation>Bis zum &amp;Haltepunkt ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Toggle Breakpoint on Selected Step</source>
        <translation>Haltepunkt am gewählten Schritt &amp;setzen/entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Breakpoints...</source>
        <translation>Halte&amp;punkte...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter mode: larger text, thicker lines</source>
        <translation>Präsentationsmodus: größere Schrift, dickere Linien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Sharing (what parent and child share)</source>
        <translation>&amp;Gemeinsames zeigen (was Eltern- und Kindprozess teilen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Follow the Active CPU</source>
        <translation>Der aktiven CPU &amp;folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the step the active CPU executes centred in every view</source>
        <translation>Den Schritt, den die aktive CPU ausführt, in jeder Ansicht mittig halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Student as Scheduler</source>
        <translation>&amp;Studierende als Scheduler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You choose which CPU executes the next step</source>
        <translation>Sie wählen, welche CPU den nächsten Schritt ausführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run Next Step on CPU %1</source>
        <translation>Nächsten Schritt auf CPU %1 ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo Last Scheduled Step</source>
        <translation>Letzten geplanten Schritt &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last step you scheduled</source>
        <translation>Den zuletzt von Ihnen geplanten Schritt zurücknehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Predict the Next Step (Quiz)...</source>
        <translation>Nächsten Schritt &amp;vorhersagen (Quiz)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions about this run: predict, then see what the kernel did</source>
        <translation>Fragen zu diesem Lauf: erst vorhersagen, dann sehen, was der Kernel getan hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler &amp;Challenges...</source>
        <translation>Scheduler-&amp;Aufgaben...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach a goal by choosing which CPU runs each step</source>
        <translation>Ein Ziel erreichen, indem Sie für jeden Schritt die CPU wählen, die ihn ausführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;fork.py Problems...</source>
        <translation>&amp;fork.py-Aufgaben...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeded process-tree problems in the style of OSTEP&apos;s fork.py</source>
        <translation>Reproduzierbare Prozessbaum-Aufgaben im Stil von fork.py aus OSTEP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What Can Happen?...</source>
        <translation>&amp;Was kann passieren?...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this scenario on every schedule and list every way it can end</source>
        <translation>Dieses Szenario in jeder Reihenfolge ausführen und jeden möglichen Ausgang auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forkscope &amp;Manual</source>
        <translation>Forkscope-&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-Party &amp;Licences</source>
        <translation>&amp;Lizenzen von Drittanbietern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Forkscope</source>
        <translation>&amp;Über Forkscope</translation>
    </message>
</context>
<context>
    <name>Breakpoint</name>
    <message>
        <location filename="../../ui/model/breakpoints.cpp" line="+13"/>
        <source>kern_fork.c line</source>
        <translation>Zeile in kern_fork.c</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step label</source>
        <translation>Schrittbezeichner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ptrace stop</source>
        <translation>ptrace-Stopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lock contention</source>
        <translation>Sperrkonflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syscall error</source>
        <translation>Fehler eines Systemaufrufs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>process state</source>
        <translation>Prozesszustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lock name</source>
        <translation>Name der Sperre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kern_fork.c:%1</source>
        <translation>kern_fork.c:%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any ptrace stop</source>
        <translation>jeder ptrace-Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any lock contention</source>
        <translation>jeder Sperrkonflikt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contention on %1</source>
        <translation>Konflikt um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any system call error</source>
        <translation>jeder Fehler eines Systemaufrufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a system call fails with %1</source>
        <translation>ein Systemaufruf scheitert mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a process enters %1</source>
        <translation>ein Prozess geht in %1 über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid %1 acts or changes</source>
        <translation>PID %1 handelt oder ändert sich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traffic on %1</source>
        <translation>Zugriffe auf %1</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../build/i18n/engine_texts.cpp" line="+877"/>
        <source>proccnt[uid %1] %2 -&gt; %3</source>
        <extracomment>core/timeline.cpp:122</extracomment>
        <translation>proccnt[UID %1] %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pid %1 (%2)</source>
        <extracomment>core/timeline.cpp:127</extracomment>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 created, %2</source>
        <extracomment>core/timeline.cpp:135</extracomment>
        <translation>%1 erzeugt, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parent %1 -&gt; %2</source>
        <extracomment>core/timeline.cpp:151</extracomment>
        <translation>Elternprozess %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>children %1 -&gt; %2</source>
        <extracomment>core/timeline.cpp:153</extracomment>
        <translation>Kinder %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>l_vforkwaiting set</source>
        <extracomment>core/timeline.cpp:159</extracomment>
        <translation>l_vforkwaiting gesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>l_vforkwaiting cleared</source>
        <extracomment>core/timeline.cpp:160</extracomment>
        <translation>l_vforkwaiting gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending signals changed</source>
        <extracomment>core/timeline.cpp:162</extracomment>
        <translation>anstehende Signale geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pid %1 (%2) reaped</source>
        <extracomment>core/timeline.cpp:169</extracomment>
        <translation>PID %1 (%2) eingesammelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mutex slot %1 owner %2 -&gt; %3</source>
        <extracomment>core/timeline.cpp:173</extracomment>
        <translation>Mutex-Slot %1 Besitzer %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 runs nothing (idle)</source>
        <extracomment>core/timeline.cpp:179</extracomment>
        <translation>CPU %1 führt nichts aus (Leerlauf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 runs pid %2</source>
        <extracomment>core/timeline.cpp:180</extracomment>
        <translation>CPU %1 führt PID %2 aus</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../../ui/common/event_text.cpp" line="+23"/>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the kernel</source>
        <translation>der Kernel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pid %1 (LWP %2)</source>
        <translation>PID %1 (LWP %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 executes %2 (%3)</source>
        <translation>%1 führt %2 aus (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 calls %2()</source>
        <translation>%1 ruft %2() auf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1() fails in %2 with %3</source>
        <translation>%1() scheitert in %2 mit %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1() returns %2 to %3</source>
        <translation>%1() liefert %2 an %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes %2</source>
        <translation>%1 nimmt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 spins on %2: its owner (pid %3) is running on another CPU</source>
        <translation>%1 spinnt an %2: Der Besitzer (PID %3) läuft auf einer anderen CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sleeps on %2&apos;s turnstile: its owner (pid %3) is not running</source>
        <translation>%1 schläft im Turnstile von %2: Der Besitzer (PID %3) läuft nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 releases %2</source>
        <translation>%1 gibt %2 frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is handed %2 and woken</source>
        <translation>%1 bekommt %2 übergeben und wird geweckt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 waits on %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 broadcasts %2</source>
        <translation>%1 weckt alle Wartenden auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is woken from %2</source>
        <translation>%1 wird aus %2 geweckt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>process %1 is created (%2)</source>
        <translation>Prozess %1 wird erzeugt (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 joins its parent&apos;s children list and allproc</source>
        <translation>Prozess %1 kommt in die Kinderliste seines Elternprozesses und in allproc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>process %1 becomes %2</source>
        <translation>Prozess %1 wird %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 gets a new parent: pid %2</source>
        <translation>Prozess %1 bekommt einen neuen Elternprozess: PID %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process %1 becomes a zombie</source>
        <translation>Prozess %1 wird zum Zombie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 is reaped: its pid is free again</source>
        <translation>Prozess %1 wird eingesammelt: Seine PID ist wieder frei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LWP %1 becomes %2</source>
        <translation>LWP %1 wird %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWP %1 becomes %2 on %3</source>
        <translation>LWP %1 wird %2 auf %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU %1 switches to pid %2</source>
        <translation>CPU %1 wechselt zu PID %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %1 goes idle</source>
        <translation>CPU %1 geht in den Leerlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pid %1 is put on CPU %2&apos;s run queue</source>
        <translation>PID %1 kommt in die Run-Queue von CPU %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CPU %1 has nothing to run</source>
        <translation>CPU %1 hat nichts auszuführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is posted to pid %2</source>
        <translation>%1 wird an PID %2 gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pid %1 stops on %2</source>
        <translation>PID %1 stoppt wegen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is delivered to pid %2</source>
        <translation>%1 wird an PID %2 zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to pid %2 is discarded</source>
        <translation>%1 an PID %2 wird verworfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pid %1 stops for its debugger, pid %2%3</source>
        <translation>PID %1 stoppt für seinen Debugger, PID %2%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kqueue of pid %1 gets an event about pid %2</source>
        <translation>Die kqueue von PID %1 erhält ein Ereignis über PID %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel message: %1</source>
        <translation>Kernel-Meldung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expectation at %1 holds</source>
        <translation>Erwartung bei %1 erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expectation at %1 FAILED: %2</source>
        <translation>Erwartung bei %1 NICHT ERFÜLLT: %2</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../ui/shell/export_commands.cpp" line="+29"/>
        <source>Open a scenario first.</source>
        <translation>Bitte zuerst ein Szenario öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave Student as Scheduler first: an export shows the recorded run.</source>
        <translation>Bitte zuerst „Studierende als Scheduler“ verlassen: ein Export zeigt den aufgezeichneten Lauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer the quiz question first: an export would show the answer.</source>
        <translation>Bitte zuerst die Quizfrage beantworten: ein Export würde die Antwort zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Folder for the PNG images</source>
        <translation>Ordner für die PNG-Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Rendering %n frame(s)...</source>
        <translation>
            <numerusform>%n Bild wird erzeugt...</numerusform>
            <numerusform>%n Bilder werden erzeugt...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export Steps as PDF</source>
        <translation>Schritte als PDF exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Rendering %n page(s)...</source>
        <translation>
            <numerusform>%n Seite wird erzeugt...</numerusform>
            <numerusform>%n Seiten werden erzeugt...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print Steps</source>
        <translation>Schritte drucken</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Printing %n page(s)...</source>
        <translation>
            <numerusform>%n Seite wird gedruckt...</numerusform>
            <numerusform>%n Seiten werden gedruckt...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker geschickt.</numerusform>
            <numerusform>%n Seiten an den Drucker geschickt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../ui/shell/file_ops.cpp" line="+30"/>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>KernelText</name>
    <message>
        <location filename="../../ui/common/kstate_text.cpp" line="+20"/>
        <source>(no lock)</source>
        <translation>(keine Sperre)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>%1 (LWP %2)</source>
        <translation>%1 (LWP %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>turnstile of %1</source>
        <translation>Turnstile von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l_waitcv of LWP %1</source>
        <translation>l_waitcv von LWP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p_waitcv of %1</source>
        <translation>p_waitcv von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the uid limit</source>
        <translation>dem uid-Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a timer</source>
        <translation>einem Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its kqueue</source>
        <translation>eigener kqueue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its other LWPs</source>
        <translation>seine anderen LWPs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the turnstile of %1</source>
        <translation>Turnstile von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>l_waitcv of LWP %1 (vfork: until the child execs or exits)</source>
        <translation>l_waitcv von LWP %1 (vfork: bis der Kindprozess exec aufruft oder endet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p_waitcv of %1 (wait for a child)</source>
        <translation>p_waitcv von %1 (wartet auf Kind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forkfsleep (process table was full)</source>
        <translation>forkfsleep (Prozesstabelle war voll)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the per-user process limit (fork1 L290)</source>
        <translation>Prozesslimit pro Benutzer (fork1 L290)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a timer (sleep)</source>
        <translation>Timer (sleep)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its kqueue (kevent)</source>
        <translation>eigene kqueue (kevent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p_lwpcv of %1 (exit or exec: until its other LWPs are gone)</source>
        <translation>p_lwpcv von %1 (exit oder exec: bis seine anderen LWPs fort sind)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+17"/>
        <source>user mode</source>
        <translation>Benutzermodus</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/shell/language.cpp" line="+50"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../../build/i18n/engine_texts.cpp" line="-894"/>
        <source>execve looks up and checks the new program. A failure here (e.g. ENOENT) simply returns the error: a vfork parent stays blocked.</source>
        <extracomment>Step execve.namei (core/state/steps/exec_steps.def)</extracomment>
        <translation>execve sucht das neue Programm und prüft es. Ein Fehler hier (z. B. ENOENT) liefert einfach den Fehler zurück: Ein vfork-Elternprozess bleibt blockiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the point of no return: the old image is being replaced.</source>
        <extracomment>Step execve.commit (core/state/steps/exec_steps.def)</extracomment>
        <translation>Kein Zurück mehr: Das alte Programmabbild wird ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new program gets an address space of its own. A vfork child stops borrowing its parent&apos;s memory here - but the parent stays blocked a little longer.</source>
        <extracomment>Step execve.new_vmspace (core/state/steps/exec_steps.def)</extracomment>
        <translation>Das neue Programm bekommt einen eigenen Adressraum. Ein vfork-Kind hört hier auf, sich den Speicher seines Elternprozesses zu borgen - der Elternprozess bleibt aber noch etwas länger blockiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cwdexec, fd_closeexec and execsigs: a cwd, descriptor table or signal actions shared with another process (clone) are copied, close-on-exec descriptors closed, caught signals reset to their defaults.</source>
        <extracomment>Step execve.cwd_fd_sigs (core/state/steps/exec_steps.def)</extracomment>
        <translation>cwdexec, fd_closeexec und execsigs: ein mit einem anderen Prozess geteiltes (clone) Arbeitsverzeichnis, eine geteilte Deskriptortabelle oder geteilte Signalaktionen werden kopiert, Close-on-exec-Deskriptoren geschlossen, abgefangene Signale auf ihre Voreinstellung zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>proc_lock is taken to release a vfork parent.</source>
        <extracomment>Step execve.proc_lock (core/state/steps/exec_steps.def)</extracomment>
        <translation>proc_lock wird genommen, um einen vfork-Elternprozess freizugeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+325"/>
        <location line="+45"/>
        <source>proc_lock is released.</source>
        <extracomment>Step execve.proc_unlock (core/state/steps/exec_steps.def)
----------
Step fork1.proc_unlock (core/state/steps/fork_steps.def)
----------
Step lwp_exit.proc_unlock (core/state/steps/lwp_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben.</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>A traced process reports the exec to its debugger (SIGTRAP, TRAP_EXEC) and stops.</source>
        <extracomment>Step execve.trap_exec (core/state/steps/exec_steps.def)</extracomment>
        <translation>Ein verfolgter Prozess meldet das exec seinem Debugger (SIGTRAP, TRAP_EXEC) und stoppt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new program starts in user mode.</source>
        <extracomment>Step execve.done (core/state/steps/exec_steps.def)</extracomment>
        <translation>Das neue Programm startet im Benutzermodus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit1 marks the process as exiting (PS_WEXIT): from now on eventswitch refuses to stop it and signals are ignored.</source>
        <extracomment>Step exit1.wexit (core/state/steps/exit_steps.def)</extracomment>
        <translation>exit1 markiert den Prozess als endend (PS_WEXIT): Ab jetzt verweigert eventswitch, ihn zu stoppen, und Signale werden ignoriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address space is released - for a vfork child this drops its reference to the borrowed memory. Open files, cwd and the ktrace reference go too.</source>
        <extracomment>Step exit1.uvmspace_free (core/state/steps/exit_steps.def)</extracomment>
        <translation>Der Adressraum wird freigegeben – ein vfork-Kindprozess gibt damit seine Referenz auf den geliehenen Speicher ab. Offene Dateien, cwd und die ktrace-Referenz verschwinden ebenfalls.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proc_lock is taken to change the process tree.</source>
        <extracomment>Step exit1.proc_lock (core/state/steps/exit_steps.def)</extracomment>
        <translation>proc_lock wird genommen, um den Prozessbaum zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vfork child releases its parent FIRST: PL_PPWAIT is cleared, the parent LWP&apos;s l_vforkwaiting cleared and its l_waitcv broadcast - before the exit signal is posted.</source>
        <extracomment>Step exit1.vfork_release (core/state/steps/exit_steps.def)</extracomment>
        <translation>Ein vfork-Kindprozess gibt ZUERST seinen Elternprozess frei: PL_PPWAIT wird gelöscht, l_vforkwaiting des Eltern-LWP zurückgesetzt und dessen l_waitcv per Broadcast geweckt – noch bevor das Exit-Signal gesendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orphans are given to init (p_ppid becomes 1, exit signal back to SIGCHLD); a process this one was tracing is detached and killed. Nothing is flattened: grandchildren stay under their own parents.</source>
        <extracomment>Step exit1.reparent_children (core/state/steps/exit_steps.def)</extracomment>
        <translation>Waisen gehen an init (p_ppid wird 1, das Exit-Signal wieder SIGCHLD); ein Prozess, den dieser hier verfolgt hat, wird abgekoppelt und getötet. Nichts wird abgeflacht: Enkelprozesse bleiben bei ihren eigenen Eltern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zombie moves to the head of its parent&apos;s children list. If the parent set PK_NOCLDWAIT or ignores SIGCHLD, the zombie is given to init instead.</source>
        <extracomment>Step exit1.zombie_list (core/state/steps/exit_steps.def)</extracomment>
        <translation>Der Zombie rückt an den Anfang der Kinderliste seines Elternprozesses. Hat der Elternprozess PK_NOCLDWAIT gesetzt oder ignoriert er SIGCHLD, geht der Zombie stattdessen an init.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The process becomes a zombie (SZOMB): it keeps its pid, counts in nprocs and holds its exit status until its parent reaps it.</source>
        <extracomment>Step exit1.zombie (core/state/steps/exit_steps.def)</extracomment>
        <translation>Der Prozess wird zum Zombie (SZOMB): Er behält seine PID, zählt in nprocs mit und hält seinen Exit-Status, bis sein Elternprozess ihn einsammelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent&apos;s p_waitcv is broadcast so a parent sleeping in wait() looks again.</source>
        <extracomment>Step exit1.wakeup_parent (core/state/steps/exit_steps.def)</extracomment>
        <translation>Das p_waitcv des Elternprozesses wird per Broadcast geweckt, damit ein in wait() schlafender Elternprozess erneut nachsieht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock is released and the LWP switches away for the last time.</source>
        <extracomment>Step exit1.switch (core/state/steps/exit_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben, und der LWP gibt die CPU zum letzten Mal ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init woke up: it takes proc_lock to look for zombie children.</source>
        <extracomment>Step init.proc_lock (core/state/steps/exit_steps.def)</extracomment>
        <translation>init ist aufgewacht: Es nimmt proc_lock, um nach Zombie-Kindprozessen zu suchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init reaps a zombie it inherited: that is its job.</source>
        <extracomment>Step init.reap (core/state/steps/exit_steps.def)</extracomment>
        <translation>init sammelt einen geerbten Zombie ein: Das ist seine Aufgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init sleeps in wait() on its p_waitcv, releasing proc_lock.</source>
        <extracomment>Step init.wait (core/state/steps/exit_steps.def)</extracomment>
        <translation>init schläft in wait() auf seinem p_waitcv und gibt dabei proc_lock frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork(2) is fork1() with no flags and SIGCHLD as the exit signal: the child gets a copy of everything and the parent does not wait.</source>
        <extracomment>Step sys_fork.fork1 (core/state/steps/fork_steps.def)</extracomment>
        <translation>fork(2) ist fork1() ohne Flags und mit SIGCHLD als Exit-Signal: Der Kindprozess bekommt eine Kopie von allem, und der Elternprozess wartet nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 4.4BSD-compatible vfork(2) passes FORK_PPWAIT only: the address space is still copied, but the parent is blocked until the child execs or exits.</source>
        <extracomment>Step sys_vfork.fork1 (core/state/steps/fork_steps.def)</extracomment>
        <translation>Das 4.4BSD-kompatible vfork(2) übergibt nur FORK_PPWAIT: Der Adressraum wird trotzdem kopiert, aber der Elternprozess ist blockiert, bis der Kindprozess exec aufruft oder endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>__vfork14, what libc&apos;s vfork() calls, passes FORK_PPWAIT|FORK_SHAREVM: the child borrows the parent&apos;s address space, so the parent must not run until the child execs or exits.</source>
        <extracomment>Step sys___vfork14.fork1 (core/state/steps/fork_steps.def)</extracomment>
        <translation>__vfork14, das die libc-Funktion vfork() aufruft, übergibt FORK_PPWAIT|FORK_SHAREVM: Der Kindprozess leiht sich den Adressraum des Elternprozesses, daher darf der Elternprozess nicht laufen, bis der Kindprozess exec aufruft oder endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>__clone refuses CLONE_PTRACE outright with EINVAL: NetBSD does not implement it.</source>
        <extracomment>Step sys___clone.ptrace_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>__clone lehnt CLONE_PTRACE rundweg mit EINVAL ab: NetBSD implementiert es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing signal handlers without sharing memory makes no sense (a handler is code in memory), so CLONE_SIGHAND without CLONE_VM is EINVAL, as on Linux.</source>
        <extracomment>Step sys___clone.sighand_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Signal-Handler zu teilen, ohne den Speicher zu teilen, ergibt keinen Sinn (ein Handler ist Code im Speicher), daher ist CLONE_SIGHAND ohne CLONE_VM EINVAL, wie unter Linux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each CLONE_* flag is translated into the fork1() flag that means the same sharing: VM, FS (cwd), FILES, SIGHAND (signal actions and p_lock), VFORK (parent waits). Unknown bits are ignored.</source>
        <extracomment>Step sys___clone.map_flags (core/state/steps/fork_steps.def)</extracomment>
        <translation>Jedes CLONE_*-Flag wird in das fork1()-Flag übersetzt, das dasselbe Teilen bedeutet: VM, FS (cwd), FILES, SIGHAND (Signalaktionen und p_lock), VFORK (Elternprozess wartet). Unbekannte Bits werden ignoriert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The low 8 bits of the flags name the signal the parent gets when the child exits.</source>
        <extracomment>Step sys___clone.exit_signal (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die unteren 8 Bits der Flags nennen das Signal, das der Elternprozess bekommt, wenn der Kindprozess endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exit signal must be below _NSIG (64); 0 is allowed and means the parent gets no signal at all when the child exits.</source>
        <extracomment>Step sys___clone.signal_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Ein Exit-Signal muss kleiner als _NSIG (64) sein; 0 ist erlaubt und bedeutet, dass der Elternprozess beim Ende des Kindprozesses gar kein Signal bekommt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>__clone calls fork1() with the translated flags and exit signal (and a stack size of 0).</source>
        <extracomment>Step sys___clone.fork1 (core/state/steps/fork_steps.def)</extracomment>
        <translation>__clone ruft fork1() mit den übersetzten Flags und dem Exit-Signal auf (und einer Stackgröße von 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 notes the calling process and the caller&apos;s REAL uid: per-user process limits are charged to the real uid, not the effective one.</source>
        <extracomment>Step fork1.getuid (core/state/steps/fork_steps.def)</extracomment>
        <translation>fork1 merkt sich den aufrufenden Prozess und die REALE UID des Aufrufers: Prozesslimits pro Benutzer werden der realen UID angerechnet, nicht der effektiven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The global process count is incremented FIRST, atomically, and the new value is tested: two CPUs forking at once cannot both squeeze into the last slot, because each sees the count including the other.</source>
        <extracomment>Step fork1.nprocs_inc (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der globale Prozesszähler wird ZUERST atomar erhöht und der neue Wert geprüft: Zwei CPUs, die gleichzeitig forken, können sich nicht beide in den letzten Platz drängen, denn jede sieht den Zähler einschließlich der anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the incremented count reaches kern.maxproc the fork fails, even for root: the table is full once the count before the fork is maxproc-1.</source>
        <extracomment>Step fork1.maxproc_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Erreicht der erhöhte Zähler kern.maxproc, scheitert der fork, sogar für root: Die Tabelle ist voll, sobald der Zähler vor dem fork maxproc-1 beträgt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fork failed: the optimistic increment of nprocs is undone.</source>
        <extracomment>Step fork1.fail_nprocs_dec (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der fork ist gescheitert: Die vorausschauende Erhöhung von nprocs wird zurückgenommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If kern.forkfsleep is set, the failing process is put to sleep for that long (wait channel forkmx): a fork bomb is slowed down instead of spinning on EAGAIN.</source>
        <extracomment>Step fork1.forkfsleep (core/state/steps/fork_steps.def)</extracomment>
        <translation>Ist kern.forkfsleep gesetzt, wird der scheiternde Prozess so lange schlafen gelegt (Wartekanal forkmx): Eine Fork-Bombe wird gebremst, statt auf EAGAIN zu kreiseln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kpause puts the process to sleep for kern.forkfsleep on wait channel forkmx. No signal can cut this sleep short; only when it is over does fork1 give up.</source>
        <extracomment>Step fork1.kpause_forkmx (core/state/steps/fork_steps.def)</extracomment>
        <translation>kpause legt den Prozess für kern.forkfsleep auf dem Wartekanal forkmx schlafen. Kein Signal kann diesen Schlaf abkürzen; erst wenn er vorbei ist, gibt fork1 auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The real uid&apos;s process count is incremented; the new count is compared with the RLIMIT_NPROC limit next.</source>
        <extracomment>Step fork1.chgproccnt (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Prozesszähler der realen UID wird erhöht; als Nächstes wird der neue Wert mit dem Limit RLIMIT_NPROC verglichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is the user over their RLIMIT_NPROC soft limit with this child?</source>
        <extracomment>Step fork1.rlimit_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Liegt der Benutzer mit diesem Kindprozess über seinem weichen Limit RLIMIT_NPROC?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the limit: kauth decides whether the limit may be bypassed. Only an EFFECTIVE uid of 0 may exceed it - the count was charged to the real uid, but privilege is judged by the effective one.</source>
        <extracomment>Step fork1.rlimit_bypass (core/state/steps/fork_steps.def)</extracomment>
        <translation>Über dem Limit: kauth entscheidet, ob das Limit überschritten werden darf. Nur eine EFFEKTIVE UID 0 darf es überschreiten – gezählt wurde für die reale UID, die Berechtigung aber wird nach der effektiven beurteilt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: the per-uid count is given back.</source>
        <extracomment>Step fork1.rlimit_undo_proccnt (core/state/steps/fork_steps.def)</extracomment>
        <translation>Abgelehnt: Der Zähler pro UID wird zurückgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and the global count too. No log message this time: this is one user&apos;s limit, not a full table.</source>
        <extracomment>Step fork1.rlimit_undo_nprocs (core/state/steps/fork_steps.def)</extracomment>
        <translation>... und der globale Zähler ebenso. Diesmal keine Protokollmeldung: Das ist das Limit eines Benutzers, keine volle Tabelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With kern.forkfsleep set the process sleeps (wait channel forkulim) before failing.</source>
        <extracomment>Step fork1.rlimit_sleep (core/state/steps/fork_steps.def)</extracomment>
        <translation>Mit gesetztem kern.forkfsleep schläft der Prozess (Wartekanal forkulim), bevor er scheitert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kpause: the process sleeps for kern.forkfsleep on wait channel forkulim, again beyond the reach of signals, and only then fails.</source>
        <extracomment>Step fork1.kpause_forkulim (core/state/steps/fork_steps.def)</extracomment>
        <translation>kpause: Der Prozess schläft für kern.forkfsleep auf dem Wartekanal forkulim, wieder außer Reichweite von Signalen, und scheitert erst danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fork1 returns EAGAIN: the user has too many processes.</source>
        <extracomment>Step fork1.rlimit_eagain (core/state/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert EAGAIN: Der Benutzer hat zu viele Prozesse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel virtual memory for the child&apos;s U-area (kernel stack and PCB) is allocated now, while failing is still cheap: nothing has been built yet.</source>
        <extracomment>Step fork1.uarea_alloc (core/state/steps/fork_steps.def)</extracomment>
        <translation>Kernel-Adressraum für die U-Area des Kindprozesses (Kernel-Stack und PCB) wird jetzt angelegt, solange ein Scheitern noch billig ist: Es ist noch nichts aufgebaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No kernel address space for a U-area: the per-uid count is given back.</source>
        <extracomment>Step fork1.uarea_undo_proccnt (core/state/steps/fork_steps.def)</extracomment>
        <translation>Kein Kernel-Adressraum für eine U-Area: Der Zähler pro UID wird zurückgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and nprocs is decremented.</source>
        <extracomment>Step fork1.uarea_undo_nprocs (core/state/steps/fork_steps.def)</extracomment>
        <translation>... und nprocs wird verringert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 returns ENOMEM (no log message, no sleep).</source>
        <extracomment>Step fork1.uarea_enomem (core/state/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert ENOMEM (keine Protokollmeldung, kein Schlafen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_alloc() takes a proc structure and a pid from the pid table. The child now exists in state SIDL, but nobody else can see it yet.</source>
        <extracomment>Step fork1.proc_alloc (core/state/steps/fork_steps.def)</extracomment>
        <translation>proc_alloc() holt eine proc-Struktur und eine PID aus der PID-Tabelle. Der Kindprozess existiert jetzt im Zustand SIDL, aber noch kann ihn niemand sonst sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Injected fault: in this kernel proc_alloc cannot really fail.) The U-area is freed.</source>
        <extracomment>Step fork1.proc_alloc_fail_uarea_free (core/state/steps/fork_steps.def)</extracomment>
        <translation>(Eingespeister Fehler: In diesem Kernel kann proc_alloc eigentlich nicht scheitern.) Die U-Area wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s p_lock is taken to read its credentials safely.</source>
        <extracomment>Step fork1.proc_alloc_fail_p_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Elternprozesses wird genommen, um dessen Credentials sicher zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uid is read again, from the process credentials this time.</source>
        <extracomment>Step fork1.proc_alloc_fail_uid (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die UID wird erneut gelesen, diesmal aus den Credentials des Prozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The per-uid count is given back.</source>
        <extracomment>Step fork1.proc_alloc_fail_proccnt (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Zähler pro UID wird zurückgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p_lock is released.</source>
        <extracomment>Step fork1.proc_alloc_fail_p_unlock (core/state/steps/fork_steps.def)</extracomment>
        <translation>p_lock wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs is decremented.</source>
        <extracomment>Step fork1.proc_alloc_fail_nprocs (core/state/steps/fork_steps.def)</extracomment>
        <translation>nprocs wird verringert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 returns EAGAIN: no process ID could be allocated.</source>
        <extracomment>Step fork1.proc_alloc_fail_eagain (core/state/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert EAGAIN: Es konnte keine Prozess-ID vergeben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From here on the fork cannot fail. The child&apos;s proc is filled in: one region zeroed, one copied wholesale from the parent.</source>
        <extracomment>Step fork1.zero_copy (core/state/steps/fork_steps.def)</extracomment>
        <translation>Ab hier kann der fork nicht mehr scheitern. Die proc-Struktur des Kindprozesses wird gefüllt: ein Bereich genullt, einer vollständig vom Elternprozess kopiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a few process flags are inherited: set-id taint (PK_SUGID), the SIGCHLD behaviour (PK_NOCLDWAIT, PK_CLDSIGIGN) and 32-bit-ness, so the child treats its own children the way its parent did.</source>
        <extracomment>Step fork1.inherit_flags (core/state/steps/fork_steps.def)</extracomment>
        <translation>Nur wenige Prozess-Flags werden geerbt: die Set-ID-Markierung (PK_SUGID), das SIGCHLD-Verhalten (PK_NOCLDWAIT, PK_CLDSIGIGN) und die 32-Bit-Eigenschaft, damit der Kindprozess seine eigenen Kinder so behandelt wie sein Elternprozess.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kernel (FORK_SYSTEM) process is marked PK_SYSTEM and PK_NOCLDWAIT, so its children go to init when they exit.</source>
        <extracomment>Step fork1.system_flags (core/state/steps/fork_steps.def)</extracomment>
        <translation>Ein Kernel-Prozess (FORK_SYSTEM) wird mit PK_SYSTEM und PK_NOCLDWAIT markiert, damit seine Kindprozesse beim Beenden an init gehen.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Only now that the child has its own address space, cwd, descriptors and signal actions is PL_PPWAIT cleared, the parent LWP&apos;s l_vforkwaiting cleared and its l_waitcv broadcast: the parent may run again. The child&apos;s credentials for the new image are set up after this.</source>
        <extracomment>Step execve.vfork_release (core/state/steps/exec_steps.def)</extracomment>
        <translation>Erst jetzt, da das Kind eigenen Adressraum, eigenes Arbeitsverzeichnis, eigene Deskriptoren und Signalaktionen hat, wird PL_PPWAIT gelöscht, l_vforkwaiting des Eltern-LWP gelöscht und sein l_waitcv per Broadcast geweckt: Der Elternprozess darf wieder laufen. Die Berechtigungen des Kindes für das neue Programm werden erst danach eingerichtet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>credexec: the saved set-user-ID becomes the effective uid, so a set-uid program that later gives up its privilege with seteuid() can take it back.</source>
        <extracomment>Step execve.credexec (core/state/steps/exec_steps.def)</extracomment>
        <translation>credexec: Die gespeicherte Set-User-ID wird zur effektiven UID. So kann ein Set-UID-Programm, das sein Privileg später mit seteuid() abgibt, es sich wieder zurückholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every kqueue watcher of this process that asked for NOTE_EXEC is told about the exec.</source>
        <extracomment>Step execve.knote_exec (core/state/steps/exec_steps.def)</extracomment>
        <translation>Jeder kqueue-Beobachter dieses Prozesses, der NOTE_EXEC verlangt hat, erfährt vom exec.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With PS_STOPEXEC set, proc_lock is taken for the stop.</source>
        <extracomment>Step execve.stopexec_lock (core/state/steps/exec_steps.def)</extracomment>
        <translation>Mit gesetztem PS_STOPEXEC wird für den Halt proc_lock genommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PS_STOPEXEC: the process stops before its first instruction and counts as a stopped child for wait(WUNTRACED). Unlike a signal stop the parent gets no SIGCHLD and is not woken: a parent already asleep in wait() does not see this stop until something else wakes it.</source>
        <extracomment>Step execve.stopexec (core/state/steps/exec_steps.def)</extracomment>
        <translation>PS_STOPEXEC: Der Prozess hält vor seiner ersten Instruktion an und zählt für wait(WUNTRACED) als angehaltenes Kind. Anders als bei einem Halt durch ein Signal bekommt der Elternprozess kein SIGCHLD und wird nicht geweckt: Ein Elternprozess, der schon in wait() schläft, sieht diesen Halt erst, wenn ihn etwas anderes weckt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The parent is signalled with the exit signal chosen at fork - or SIGCHLD if the parent is a debugger. An exit signal of 0 means nobody is signalled, not even a debugger. Every kqueue watcher of the process is told, whether or not it asked for NOTE_EXIT.</source>
        <extracomment>Step exit1.exit_signal (core/state/steps/exit_steps.def)</extracomment>
        <translation>Der Elternprozess bekommt das beim fork gewählte Exit-Signal - oder SIGCHLD, wenn er ein Debugger ist. Ein Exit-Signal 0 bedeutet, dass niemand ein Signal bekommt, auch kein Debugger. Jeder kqueue-Beobachter des Prozesses wird benachrichtigt, ob er NOTE_EXIT verlangt hat oder nicht.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>kauth is asked whether this fork is allowed. The listener meant to keep the last 5 slots for root reads an argument that is always 0, so it allows every fork while kern.maxproc is above 5. At kern.maxproc 5 or less it leaves the decision to the superuser policy: root may fork, anyone else fails here with EAGAIN, as if the table were full.</source>
        <extracomment>Step fork1.kauth_fork (core/state/steps/fork_steps.def)</extracomment>
        <translation>kauth wird gefragt, ob dieser fork erlaubt ist. Der Listener, der die letzten 5 Einträge für root freihalten soll, liest ein Argument, das immer 0 ist; deshalb erlaubt er jeden fork, solange kern.maxproc über 5 liegt. Bei kern.maxproc 5 oder weniger überlässt er die Entscheidung der Superuser-Regel: root darf forken, alle anderen scheitern hier mit EAGAIN, als wäre die Tabelle voll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &apos;table is full&apos; message is logged at most once every 10 seconds (ratecheck), so a fork bomb cannot flood the system log.</source>
        <extracomment>Step fork1.ratecheck (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die Meldung &apos;table is full&apos; wird höchstens einmal alle 10 Sekunden protokolliert (ratecheck), damit eine Fork-Bombe das Systemprotokoll nicht überflutet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tablefull() logs the kernel error &apos;proc: table is full&apos;, with the advice to raise kern.maxproc - also when it was kauth that said no. Failures in the next 10 seconds will not repeat it.</source>
        <extracomment>Step fork1.tablefull (core/state/steps/fork_steps.def)</extracomment>
        <translation>tablefull() protokolliert den Kernel-Fehler &apos;proc: table is full&apos; mit dem Rat, kern.maxproc zu erhöhen – auch dann, wenn es kauth war, das Nein gesagt hat. Fehlschläge in den nächsten 10 Sekunden wiederholen die Meldung nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fork1 returns EAGAIN: the process table is full (or, at a tiny kern.maxproc, full for everyone but root).</source>
        <extracomment>Step fork1.fail_eagain (core/state/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert EAGAIN: Die Prozesstabelle ist voll (oder, bei einem winzigen kern.maxproc, voll für alle außer root).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The child&apos;s own statistics spin mutex (p_stmutex), aux lock and condition variables are initialised - among them p_waitcv, on which the child itself will sleep when it waits for children of its own (a process always sleeps in wait() on its own p_waitcv).</source>
        <extracomment>Step fork1.init_locks (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der eigene Statistik-Spin-Mutex (p_stmutex), der Aux-Lock und die Bedingungsvariablen des Kindes werden initialisiert - darunter p_waitcv, auf der das Kind selbst schlafen wird, wenn es auf eigene Kinder wartet (ein Prozess schläft in wait() immer auf seiner eigenen p_waitcv).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With FORK_SHARESIGS parent and child will share signal state, so they must share the lock that protects it: the child points at the parent&apos;s p_lock object and its reference count goes up. Otherwise the child gets a brand-new p_lock.</source>
        <extracomment>Step fork1.p_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Mit FORK_SHARESIGS teilen sich Eltern- und Kindprozess den Signalzustand und müssen daher auch die Sperre teilen, die ihn schützt: Der Kindprozess verweist auf das p_lock-Objekt des Elternprozesses, dessen Referenzzähler steigt. Sonst bekommt der Kindprozess ein ganz neues p_lock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child takes a reference to the parent&apos;s credentials (uids and gids).</source>
        <extracomment>Step fork1.cred (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess nimmt eine Referenz auf die Credentials des Elternprozesses (UIDs und GIDs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child references the same program file (text vnode) and copies its path.</source>
        <extracomment>Step fork1.textvp (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess referenziert dieselbe Programmdatei (Text-Vnode) und kopiert deren Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file descriptor table is shared (FORK_SHAREFILES: reference count +1), fresh (FORK_CLEANFILES), or copied - the usual fork: same open files, separate table.</source>
        <extracomment>Step fork1.files (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die Dateideskriptortabelle wird geteilt (FORK_SHAREFILES: Referenzzähler +1), neu angelegt (FORK_CLEANFILES) oder kopiert – der übliche fork: dieselben offenen Dateien, getrennte Tabelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current and root directories are shared (FORK_SHARECWD) or copied.</source>
        <extracomment>Step fork1.cwd (core/state/steps/fork_steps.def)</extracomment>
        <translation>Aktuelles und Wurzelverzeichnis werden geteilt (FORK_SHARECWD) oder kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource limits are copy-on-write: normally the child just takes a reference to the parent&apos;s limits. Only if the parent has a private, writeable copy is it duplicated.</source>
        <extracomment>Step fork1.limits (core/state/steps/fork_steps.def)</extracomment>
        <translation>Ressourcenlimits sind Copy-on-Write: Normalerweise nimmt der Kindprozess nur eine Referenz auf die Limits des Elternprozesses. Nur wenn der Elternprozess eine private, beschreibbare Kopie hat, wird sie dupliziert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For vfork (FORK_PPWAIT) the child is marked PL_PPWAIT, the calling LWP&apos;s l_vforkwaiting is set, and the child remembers which LWP waits for it. The wait itself happens at the very end of fork1.</source>
        <extracomment>Step fork1.ppwait (core/state/steps/fork_steps.def)</extracomment>
        <translation>Bei vfork (FORK_PPWAIT) wird der Kindprozess mit PL_PPWAIT markiert, l_vforkwaiting des aufrufenden LWP gesetzt, und der Kindprozess merkt sich, welcher LWP auf ihn wartet. Das Warten selbst geschieht ganz am Ende von fork1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s parent is the caller - or init for FORK_NOWAIT, so that nobody has to wait for it.</source>
        <extracomment>Step fork1.parent (core/state/steps/fork_steps.def)</extracomment>
        <translation>Elternprozess des Kindprozesses ist der Aufrufer – oder init bei FORK_NOWAIT, damit niemand auf ihn warten muss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is the parent being ktraced with inheritance (KTRFAC_INHERIT)?</source>
        <extracomment>Step fork1.ktrace_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Wird der Elternprozess mit Vererbung (KTRFAC_INHERIT) per ktrace verfolgt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ktrace_lock is taken: the trace file reference must not change while it is copied.</source>
        <extracomment>Step fork1.ktrace_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>ktrace_lock wird genommen: Die Referenz auf die Trace-Datei darf sich beim Kopieren nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child inherits the trace flags and a reference to the same trace file, so its system calls are traced too.</source>
        <extracomment>Step fork1.ktrace_copy (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess erbt die Trace-Flags und eine Referenz auf dieselbe Trace-Datei, sodass auch seine Systemaufrufe aufgezeichnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ktrace_lock is released.</source>
        <extracomment>Step fork1.ktrace_unlock (core/state/steps/fork_steps.def)</extracomment>
        <translation>ktrace_lock wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signal actions are shared (FORK_SHARESIGS) or copied.</source>
        <extracomment>Step fork1.sigacts (core/state/steps/fork_steps.def)</extracomment>
        <translation>Signalaktionen werden geteilt (FORK_SHARESIGS) oder kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s p_lock is taken to read its scheduler and stop flags consistently.</source>
        <extracomment>Step fork1.parent_p_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Elternprozesses wird genommen, um dessen Scheduler- und Stopp-Flags konsistent zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child inherits stop-on-fork (PS_STOPFORK), stop-on-exec (PS_STOPEXEC) and PS_NOCLDSTOP from the parent.</source>
        <extracomment>Step fork1.stop_flags (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess erbt Stop-on-Fork (PS_STOPFORK), Stop-on-Exec (PS_STOPEXEC) und PS_NOCLDSTOP vom Elternprozess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheduler&apos;s fork hook copies the parent&apos;s scheduling state to the child.</source>
        <extracomment>Step fork1.sched_proc_fork (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der fork-Hook des Schedulers kopiert den Scheduling-Zustand des Elternprozesses in den Kindprozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s p_lock is released.</source>
        <extracomment>Step fork1.parent_p_unlock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Elternprozesses wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics flags and parts of the accounting statistics are copied, the rest zeroed.</source>
        <extracomment>Step fork1.stats (core/state/steps/fork_steps.def)</extracomment>
        <translation>Statistik-Flags und Teile der Abrechnungsstatistik werden kopiert, der Rest genullt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address space is shared (FORK_SHAREVM: vfork14 and CLONE_VM - same memory, reference count +1) or copied copy-on-write: pages are shared read-only until either side writes.</source>
        <extracomment>Step fork1.uvm_proc_fork (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Adressraum wird geteilt (FORK_SHAREVM: vfork14 und CLONE_VM – derselbe Speicher, Referenzzähler +1) oder per Copy-on-Write kopiert: Die Seiten werden schreibgeschützt geteilt, bis eine Seite schreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child&apos;s first LWP is created in LSIDL, with the U-area allocated earlier, the parent&apos;s signal mask and signal stack, and child_return as the place it will start.</source>
        <extracomment>Step fork1.lwp_create (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der erste LWP des Kindprozesses wird in LSIDL erzeugt, mit der zuvor angelegten U-Area, der Signalmaske und dem Signal-Stack des Elternprozesses und mit child_return als Startpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The thread-local storage pointer is inherited.</source>
        <extracomment>Step fork1.lwp_private (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Zeiger auf den Thread-lokalen Speicher wird geerbt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An emulation (e.g. Linux compatibility) may have its own fork hook; native NetBSD has none.</source>
        <extracomment>Step fork1.emul_fork_hook (core/state/steps/fork_steps.def)</extracomment>
        <translation>Eine Emulation (z. B. die Linux-Kompatibilität) kann einen eigenen fork-Hook haben; natives NetBSD hat keinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other subsystems&apos; fork hooks run.</source>
        <extracomment>Step fork1.forkhooks (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die fork-Hooks anderer Subsysteme laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The DTrace probe proc:::create fires.</source>
        <extracomment>Step fork1.sdt_create (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die DTrace-Probe proc:::create feuert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock is taken: the child is about to become visible in the process tree, and everything that walks the tree (wait, exit, kill, ptrace) holds this lock.</source>
        <extracomment>Step fork1.proc_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>proc_lock wird genommen: Der Kindprozess wird gleich im Prozessbaum sichtbar, und alles, was den Baum durchläuft (wait, exit, kill, ptrace), hält diese Sperre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the parent has a controlling terminal, so does the child.</source>
        <extracomment>Step fork1.controlt (core/state/steps/fork_steps.def)</extracomment>
        <translation>Hat der Elternprozess ein Kontrollterminal, so auch der Kindprozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child is inserted at the HEAD of its parent&apos;s children list and its exit signal recorded: from now on the parent&apos;s wait() can find it.</source>
        <extracomment>Step fork1.children_insert (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess wird am ANFANG der Kinderliste seines Elternprozesses eingefügt und sein Exit-Signal vermerkt: Ab jetzt kann wait() des Elternprozesses ihn finden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did a debugger ask to hear about this kind of fork (PTRACE_FORK, or PTRACE_VFORK for a vfork)? Then the child is handed to the debugger now, while proc_lock is still held.</source>
        <extracomment>Step fork1.trace_reparent (core/state/steps/fork_steps.def)</extracomment>
        <translation>Wollte ein Debugger von dieser Art fork erfahren (PTRACE_FORK, bei einem vfork PTRACE_VFORK)? Dann wird der Kindprozess jetzt dem Debugger übergeben, solange proc_lock noch gehalten wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proc_changeparent makes the child traced and moves it under the debugger (the forking process&apos;s own parent): its parent pointer now names the debugger, while p_ppid still names the real parent. PSL_TRACEDCHILD records why, so the child reports itself to the debugger when it first runs.</source>
        <extracomment>Step fork1.proc_changeparent (core/state/steps/fork_steps.def)</extracomment>
        <translation>proc_changeparent macht den Kindprozess zu einem verfolgten Prozess und hängt ihn unter den Debugger (den Elternprozess des forkenden Prozesses): Sein Elternzeiger nennt jetzt den Debugger, p_ppid weiterhin den echten Elternprozess. PSL_TRACEDCHILD hält den Grund fest, damit sich der Kindprozess beim ersten Lauf selbst beim Debugger meldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The original parent&apos;s pid is remembered, for the debugger&apos;s reports.</source>
        <extracomment>Step fork1.oppid (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die PID des ursprünglichen Elternprozesses wird für die Meldungen an den Debugger gemerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child joins its parent&apos;s process group and the head of allproc: the process is published.</source>
        <extracomment>Step fork1.pglist (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess tritt der Prozessgruppe seines Elternprozesses bei und kommt an den Anfang von allproc: Der Prozess ist veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System-call tracing hooks are enabled for the child if needed.</source>
        <extracomment>Step fork1.trace_enabled (core/state/steps/fork_steps.def)</extracomment>
        <translation>Bei Bedarf werden für den Kindprozess die Hooks zur Verfolgung von Systemaufrufen aktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The per-CPU fork counters go up (forks, and forks_ppwait / forks_sharevm for vfork kinds) - only now, because only now is the fork known to succeed.</source>
        <extracomment>Step fork1.counters (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die fork-Zähler pro CPU steigen (forks, bei vfork-Arten auch forks_ppwait / forks_sharevm) – erst jetzt, denn erst jetzt steht fest, dass der fork gelingt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ktrace emulation records are enabled for the child if the parent has them.</source>
        <extracomment>Step fork1.ktrpoint (core/state/steps/fork_steps.def)</extracomment>
        <translation>ktrace-Emulationseinträge werden für den Kindprozess aktiviert, wenn der Elternprozess sie hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is anyone watching the parent with kqueue (EVFILT_PROC)?</source>
        <extracomment>Step fork1.knote_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Beobachtet jemand den Elternprozess per kqueue (EVFILT_PROC)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes: proc_lock is DROPPED before notifying, because delivering the knotes takes other locks. Another CPU may slip in here.</source>
        <extracomment>Step fork1.knote_unlock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Ja: proc_lock wird vor der Benachrichtigung FREIGEGEBEN, weil das Zustellen der Knotes andere Sperren nimmt. Hier kann eine andere CPU dazwischenkommen.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>_lwp_create copies in the new thread&apos;s start context and checks it; the calling LWP will be the template for the new one.</source>
        <extracomment>Step lwp_create.copyin (core/state/steps/lwp_steps.def)</extracomment>
        <translation>_lwp_create kopiert den Startkontext des neuen Threads herein und prüft ihn; der aufrufende LWP wird die Vorlage für den neuen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lwp_create takes the process&apos;s p_lock: putting the new LWP on p_lwps and counting it must look atomic to everyone who holds p_lock - a fork1 in another LWP of the same process copies its stop flags under this very lock.</source>
        <extracomment>Step lwp_create.p_lock (core/state/steps/lwp_steps.def)</extracomment>
        <translation>lwp_create nimmt die p_lock des Prozesses: Den neuen LWP in p_lwps einzutragen und zu zählen muss für jeden, der p_lock hält, atomar aussehen - ein fork1 in einem anderen LWP desselben Prozesses kopiert seine Stopp-Flags unter genau dieser Sperre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>proc_alloc_lwpid gives the LWP its id from the pid table, the same numbers pids come from: an LWP id uses up a pid. (Only a process&apos;s first LWP takes over the pid itself.)</source>
        <extracomment>Step lwp_create.alloc_lwpid (core/state/steps/lwp_steps.def)</extracomment>
        <translation>proc_alloc_lwpid gibt dem LWP seine ID aus der PID-Tabelle, aus denselben Nummern wie PIDs: Eine LWP-ID verbraucht eine PID. (Nur der erste LWP eines Prozesses übernimmt die PID selbst.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new LWP goes on the head of p_lwps, still LSIDL; p_nlwps and p_nrlwps go up.</source>
        <extracomment>Step lwp_create.insert (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Der neue LWP kommt an den Anfang von p_lwps, noch LSIDL; p_nlwps und p_nrlwps steigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p_lock is released: the LWP is part of the process, not running yet.</source>
        <extracomment>Step lwp_create.p_unlock (core/state/steps/lwp_steps.def)</extracomment>
        <translation>p_lock wird freigegeben: Der LWP gehört zum Prozess, läuft aber noch nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id was copied out; lwp_start takes p_lock again and makes the new LWP runnable - or creates it stopped (LSSTOP) when the process is stopped. It is scheduled like any LWP, on any CPU.</source>
        <extracomment>Step lwp_create.lwp_start (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Die ID wurde hinauskopiert; lwp_start nimmt p_lock erneut und macht den neuen LWP lauffähig - oder erzeugt ihn gestoppt (LSSTOP), wenn der Prozess gestoppt ist. Er wird wie jeder LWP eingeplant, auf jeder CPU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>p_lock is released and _lwp_create returns the new LWP&apos;s id to the caller.</source>
        <extracomment>Step lwp_create.return (core/state/steps/lwp_steps.def)</extracomment>
        <translation>p_lock wird freigegeben und _lwp_create liefert dem Aufrufer die ID des neuen LWP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>_lwp_exit calls lwp_exit, which takes p_lock to look at the process&apos;s LWP counts.</source>
        <extracomment>Step lwp_exit.p_lock (core/state/steps/lwp_steps.def)</extracomment>
        <translation>_lwp_exit ruft lwp_exit auf, das p_lock nimmt, um die LWP-Zähler des Prozesses anzusehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is this the last live LWP (p_nlwps - p_nzlwps == 1)? Then the whole process exits, with status 0: exit1(l, 0, 0), a &quot;controlled&quot; exit. Otherwise p_nzlwps goes up and only this LWP ends.</source>
        <extracomment>Step lwp_exit.last_check (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Ist dies der letzte lebende LWP (p_nlwps - p_nzlwps == 1)? Dann endet der ganze Prozess mit Status 0: exit1(l, 0, 0), ein „kontrolliertes“ Ende. Sonst steigt p_nzlwps und nur dieser LWP endet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>p_lock was dropped in the thread clean-up; proc_lock is taken to take the LWP off the global list of LWPs. (A debugger&apos;s PTRACE_LWP_EXIT report would be made here; it is not modelled.)</source>
        <extracomment>Step lwp_exit.proc_lock (core/state/steps/lwp_steps.def)</extracomment>
        <translation>p_lock wurde beim Aufräumen des Threads freigegeben; proc_lock wird genommen, um den LWP aus der globalen LWP-Liste zu nehmen. (Hier würde ein Debugger PTRACE_LWP_EXIT gemeldet bekommen; das ist nicht modelliert.)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>p_lock again, to become a zombie with every condition observed under one hold.</source>
        <extracomment>Step lwp_exit.p_lock_again (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Wieder p_lock, um zum Zombie zu werden, wobei alle Bedingungen unter einem einzigen Halten geprüft werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A detached LWP frees the zombie LWP parked before it (p_zomblwp) and parks itself there; it becomes LSZOMB, p_nrlwps goes down, p_lwpcv is broadcast for an exit waiting in exit_lwps, p_lock is released and the LWP switches away for good.</source>
        <extracomment>Step lwp_exit.zombie (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Ein losgelöster (detached) LWP gibt den vor ihm abgestellten Zombie-LWP (p_zomblwp) frei und stellt sich selbst dort ab; er wird LSZOMB, p_nrlwps sinkt, p_lwpcv wird für ein in exit_lwps wartendes exit geweckt, p_lock wird freigegeben und der LWP verlässt die CPU für immer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The process has more than one LWP: before anything is torn down, exit_lwps makes the others leave. It takes p_lock.</source>
        <extracomment>Step exit_lwps.p_lock (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Der Prozess hat mehr als einen LWP: Bevor irgendetwas abgebaut wird, lässt exit_lwps die anderen gehen. Es nimmt p_lock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every other LWP is marked LW_WEXIT and sent through userret; one asleep interruptibly or stopped is woken. An LWP in an uninterruptible sleep (a vfork parent on its l_waitcv, a turnstile) is not: it leaves only when that sleep ends.</source>
        <extracomment>Step exit_lwps.mark (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Jeder andere LWP wird mit LW_WEXIT markiert und durch userret geschickt; einer, der unterbrechbar schläft oder gestoppt ist, wird geweckt. Ein LWP in einem nicht unterbrechbaren Schlaf (ein vfork-Elternteil an seiner l_waitcv, ein Turnstile) nicht: Er geht erst, wenn dieser Schlaf endet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lwp_wait collects the LWPs that have become zombies. While others remain, it sleeps on p_lwpcv (releasing p_lock) and looks again - marking any LWP created meanwhile.</source>
        <extracomment>Step exit_lwps.lwp_wait (core/state/steps/lwp_steps.def)</extracomment>
        <translation>lwp_wait sammelt die LWPs ein, die zu Zombies geworden sind. Solange noch andere da sind, schläft es an p_lwpcv (und gibt p_lock frei) und sieht wieder nach - wobei es inzwischen erzeugte LWPs ebenfalls markiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Woken by an LWP that became a zombie: p_lock again, then mark and look again.</source>
        <extracomment>Step exit_lwps.p_lock_again (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Von einem LWP geweckt, der zum Zombie wurde: wieder p_lock, dann erneut markieren und nachsehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exit1 sees p_nlwps &gt; 1 and calls exit_lwps before anything else is torn down.</source>
        <extracomment>Step exit1.exit_lwps (core/state/steps/lwp_steps.def)</extracomment>
        <translation>exit1 sieht p_nlwps &gt; 1 und ruft exit_lwps auf, bevor irgendetwas anderes abgebaut wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process has other LWPs: past the point of no return, execve_runproc gets rid of them with exit_lwps, as exit does. The new program starts with only the calling LWP.</source>
        <extracomment>Step execve.exit_lwps (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Der Prozess hat weitere LWPs: Nach dem Punkt ohne Wiederkehr entfernt execve_runproc sie mit exit_lwps, wie exit es tut. Das neue Programm beginnt nur mit dem aufrufenden LWP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another LWP is already ending the process (exit) or replacing it (exec) and has marked this one LW_WEXIT. This exec gives way: p_lock is released and the LWP leaves through lwp_exit rather than wait for an LWP that is waiting for it.</source>
        <extracomment>Step exit_lwps.give_way (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Ein anderer LWP beendet den Prozess bereits (exit) oder ersetzt ihn (exec) und hat diesen mit LW_WEXIT markiert. Dieses exec gibt nach: p_lock wird freigegeben, und der LWP endet über lwp_exit, statt auf einen LWP zu warten, der auf ihn wartet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>getppid returns p_ppid, the parent&apos;s pid that fork1 stored in the child, without taking a lock; it cannot fail. When the parent exits and init adopts the process, p_ppid becomes 1. A debugger that attaches becomes the process&apos;s parent (p_pptr) but leaves p_ppid alone, so getppid still names the real parent.</source>
        <extracomment>Step getppid.read (core/state/steps/misc_steps.def)</extracomment>
        <translation>getppid liefert p_ppid, die PID des Elternprozesses, die fork1 im Kind gespeichert hat, ohne eine Sperre zu nehmen; der Aufruf kann nicht fehlschlagen. Beendet sich der Elternprozess und adoptiert init den Prozess, wird p_ppid zu 1. Ein Debugger, der sich anhängt, wird zwar Elternprozess des Prozesses (p_pptr), lässt p_ppid aber unverändert, sodass getppid weiterhin den echten Elternprozess nennt.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The process has stopped (a signal or a debugger stopped another of its LWPs): this LWP stops too on its way back to user mode, and runs again when the process is continued.</source>
        <extracomment>Step user.lwp_userret_stop (core/state/steps/user_steps.def)</extracomment>
        <translation>Der Prozess ist gestoppt (ein Signal oder ein Debugger hat einen anderen seiner LWPs gestoppt): Dieser LWP stoppt auf dem Weg zurück in den Benutzermodus ebenfalls und läuft weiter, wenn der Prozess fortgesetzt wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to report yet: wait sleeps on the caller&apos;s p_waitcv, releasing proc_lock. A child&apos;s exit or stop will wake it - and so will a signal: unlike the vfork wait, this sleep is interruptible.</source>
        <extracomment>Step wait.sleep (core/state/steps/wait_steps.def)</extracomment>
        <translation>Noch nichts zu melden: wait schläft auf dem p_waitcv des Aufrufers und gibt dabei proc_lock frei. Das Ende oder der Stopp eines Kindprozesses weckt es – und ebenso ein Signal: Anders als das Warten bei vfork ist dieser Schlaf unterbrechbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Woken: proc_lock is re-taken and the children scanned again. If a signal woke it, wait returns instead, so the signal can be handled; the call is then restarted.</source>
        <extracomment>Step wait.wakeup (core/state/steps/wait_steps.def)</extracomment>
        <translation>Aufgeweckt: proc_lock wird wieder genommen und die Kinderliste erneut durchsucht. Hat ein Signal es geweckt, kehrt wait stattdessen zurück, damit das Signal behandelt werden kann; danach wird der Aufruf neu gestartet.</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>proc_lock is taken again.</source>
        <extracomment>Step fork1.knote_relock (core/state/steps/fork_steps.def)</extracomment>
        <translation>proc_lock wird wieder genommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child&apos;s p_lock is taken to make it runnable.</source>
        <extracomment>Step fork1.child_p_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Kindprozesses wird genommen, um ihn lauffähig zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiling (under the p_stmutex spin mutex) would start here if the parent was profiled.</source>
        <extracomment>Step fork1.profil (core/state/steps/fork_steps.def)</extracomment>
        <translation>Hier würde das Profiling (unter dem Spin-Mutex p_stmutex) starten, wenn der Elternprozess profiliert würde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child&apos;s start time is set and it is flagged AFORK (forked but not exec&apos;d), for accounting.</source>
        <extracomment>Step fork1.start_time (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die Startzeit des Kindprozesses wird gesetzt und er für die Abrechnung mit AFORK markiert (geforkt, aber noch kein exec).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child LWP&apos;s spin lock is taken; it must still be in LSIDL.</source>
        <extracomment>Step fork1.lwp_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die Spin-Sperre des Kind-LWP wird genommen; er muss noch in LSIDL sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was stop-on-fork requested (PS_STOPFORK, set with sysctl proc.&lt;pid&gt;.stopfork)?</source>
        <extracomment>Step fork1.stopfork_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Wurde Stop-on-Fork angefordert (PS_STOPFORK, gesetzt mit sysctl proc.&lt;pid&gt;.stopfork)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stop-on-fork: the child process becomes SACTIVE with one running LWP. That LWP is still locked and in LSIDL, so no CPU can pick it up yet.</source>
        <extracomment>Step fork1.make_runnable (core/state/steps/fork_steps.def)</extracomment>
        <translation>Kein Stopp beim Fork: Der Kindprozess wird SACTIVE mit einem laufenden LWP. Dieser LWP ist noch gesperrt und in LSIDL, also kann ihn noch keine CPU übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>setrunnable puts the child&apos;s LWP on a run queue and unlocks it: from this moment it can run on another CPU, before the parent even returns from fork.</source>
        <extracomment>Step fork1.setrunnable (core/state/steps/fork_steps.def)</extracomment>
        <translation>setrunnable stellt den LWP des Kindprozesses in eine Run-Queue und entsperrt ihn: Ab diesem Moment kann er auf einer anderen CPU laufen, noch bevor der Elternprozess aus fork zurückkehrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent&apos;s return value is the child&apos;s pid.</source>
        <extracomment>Step fork1.retval (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Rückgabewert des Elternprozesses ist die PID des Kindprozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child&apos;s p_lock is released.</source>
        <extracomment>Step fork1.child_p_unlock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Kindprozesses wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does a debugger want to hear about this fork or vfork (checked again, against the current flags)?</source>
        <extracomment>Step fork1.trace_event_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Will ein Debugger von diesem fork oder vfork erfahren (erneut geprüft, anhand der aktuellen Flags)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>The parent&apos;s p_lock is taken for eventswitch.</source>
        <extracomment>Step fork1.trace_p_lock (core/state/steps/fork_steps.def)
----------
Step fork1.vforkdone_p_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Elternprozesses wird für eventswitch genommen.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>proc_lock is taken again after the report.</source>
        <extracomment>Step fork1.trace_proc_lock (core/state/steps/fork_steps.def)</extracomment>
        <translation>Nach der Meldung wird proc_lock wieder genommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is this LWP still waiting for a vfork child (l_vforkwaiting)? A plain fork never waits.</source>
        <extracomment>Step fork1.vfork_wait_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Wartet dieser LWP noch auf einen vfork-Kindprozess (l_vforkwaiting)? Ein gewöhnlicher fork wartet nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vfork parent sleeps on its l_waitcv, releasing proc_lock. The child may be using its memory, so it cannot run until the child execs or exits. This sleep is not interruptible.</source>
        <extracomment>Step fork1.vfork_cv_wait (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der vfork-Elternprozess schläft auf seinem l_waitcv und gibt dabei proc_lock frei. Der Kindprozess benutzt womöglich seinen Speicher, daher darf er nicht laufen, bis der Kindprozess exec aufruft oder endet. Dieser Schlaf ist nicht unterbrechbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Woken up: cv_wait takes proc_lock again before returning, and the loop re-checks the flag.</source>
        <extracomment>Step fork1.vfork_wakeup (core/state/steps/fork_steps.def)</extracomment>
        <translation>Aufgeweckt: cv_wait nimmt proc_lock wieder, bevor es zurückkehrt, und die Schleife prüft das Flag erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does a debugger want PTRACE_VFORK_DONE? Evaluated NOW, so a detach while the parent slept cancels the report.</source>
        <extracomment>Step fork1.vforkdone_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Will ein Debugger PTRACE_VFORK_DONE? JETZT ausgewertet, sodass ein Abkoppeln, während der Elternprozess schlief, die Meldung verhindert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>eventswitch reports PTRACE_VFORK_DONE to the debugger and releases both locks.</source>
        <extracomment>Step fork1.vforkdone_eventswitch (core/state/steps/fork_steps.def)</extracomment>
        <translation>eventswitch meldet dem Debugger PTRACE_VFORK_DONE und gibt beide Sperren frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fork1 returns 0 (success); the parent&apos;s system call returns the child&apos;s pid.</source>
        <extracomment>Step fork1.return (core/state/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert 0 (Erfolg); der Systemaufruf des Elternprozesses liefert die PID des Kindprozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child runs for the first time, in child_return. Is it traced because of this fork (PSL_TRACED and PSL_TRACEDCHILD)?</source>
        <extracomment>Step child_return.trace_check (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess läuft zum ersten Mal, in child_return. Wird er wegen dieses forks verfolgt (PSL_TRACED und PSL_TRACEDCHILD)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It reports itself to the debugger: PTRACE_VFORK while the vfork parent still waits, else PTRACE_FORK, with the forking parent&apos;s pid.</source>
        <extracomment>Step child_return.eventswitchchild (core/state/steps/fork_steps.def)</extracomment>
        <translation>Er meldet sich beim Debugger: PTRACE_VFORK, solange der vfork-Elternprozess noch wartet, sonst PTRACE_FORK, jeweils mit der PID des forkenden Elternprozesses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-dependent code arranges for the child&apos;s fork() to return 0.</source>
        <extracomment>Step child_return.md_child_return (core/state/steps/fork_steps.def)</extracomment>
        <translation>Maschinenabhängiger Code sorgt dafür, dass fork() im Kindprozess 0 liefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return is recorded as SYS_fork for every fork kind, and the child enters user mode: fork has returned twice.</source>
        <extracomment>Step child_return.ktrsysret (core/state/steps/fork_steps.def)</extracomment>
        <translation>Die Rückkehr wird für jede fork-Art als SYS_fork aufgezeichnet, und der Kindprozess betritt den Benutzermodus: fork ist zweimal zurückgekehrt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Only the calling LWP is left (p_nlwps == 1): p_lock is released and exit1 (or execve) goes on as in a single-threaded process.</source>
        <extracomment>Step exit_lwps.done (core/state/steps/lwp_steps.def)</extracomment>
        <translation>Nur der aufrufende LWP ist übrig (p_nlwps == 1): p_lock wird freigegeben und exit1 (oder execve) läuft weiter wie in einem Prozess mit einem Thread.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kill looks the target up under proc_lock.</source>
        <extracomment>Step kill.proc_lock (core/state/steps/misc_steps.def)</extracomment>
        <translation>kill sucht den Zielprozess unter proc_lock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission checked, the signal is posted to the target.</source>
        <extracomment>Step kill.post (core/state/steps/misc_steps.def)</extracomment>
        <translation>Berechtigung geprüft, das Signal wird an den Zielprozess gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ptrace finds the target process under proc_lock.</source>
        <extracomment>Step ptrace.proc_lock (core/state/steps/misc_steps.def)</extracomment>
        <translation>ptrace sucht den Zielprozess unter proc_lock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is checked (is it our tracee? is it stopped?) and carried out.</source>
        <extracomment>Step ptrace.request (core/state/steps/misc_steps.def)</extracomment>
        <translation>Die Anfrage wird geprüft (ist es unser Tracee? ist er gestoppt?) und ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The limit is range-checked and written into a private copy of the limits, which makes them writeable: the next fork copies them instead of sharing.</source>
        <extracomment>Step setrlimit.do (core/state/steps/misc_steps.def)</extracomment>
        <translation>Das Limit wird auf seinen Wertebereich geprüft und in eine private Kopie der Limits geschrieben, die dadurch beschreibbar werden: Der nächste fork kopiert sie, statt sie zu teilen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sysctl node checks permission and range, then stores the new value.</source>
        <extracomment>Step sysctl.do (core/state/steps/misc_steps.def)</extracomment>
        <translation>Der sysctl-Knoten prüft Berechtigung und Wertebereich und speichert dann den neuen Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracing starts on the process; with inheritance its future children will be traced too.</source>
        <extracomment>Step ktrace.do (core/state/steps/misc_steps.def)</extracomment>
        <translation>Die Verfolgung des Prozesses beginnt; mit Vererbung werden auch seine künftigen Kindprozesse verfolgt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kevent collects a delivered event, or sleeps until one arrives.</source>
        <extracomment>Step kevent.wait (core/state/steps/misc_steps.def)</extracomment>
        <translation>kevent holt ein zugestelltes Ereignis ab oder schläft, bis eines eintrifft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process sleeps off the CPU for a number of ticks.</source>
        <extracomment>Step nanosleep.sleep (core/state/steps/misc_steps.def)</extracomment>
        <translation>Der Prozess schläft einige Ticks lang, ohne CPU.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>eventswitch first checks that a report still makes sense: not if the process is exiting, no longer traced, or has SIGKILL pending.</source>
        <extracomment>Step eventswitch.check (core/state/steps/sig_steps.def)</extracomment>
        <translation>eventswitch prüft zuerst, ob eine Meldung noch sinnvoll ist: nicht, wenn der Prozess endet, nicht mehr verfolgt wird oder SIGKILL anhängig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report: both locks are released and the process carries on without stopping.</source>
        <extracomment>Step eventswitch.giveup (core/state/steps/sig_steps.def)</extracomment>
        <translation>Keine Meldung: Beide Sperren werden freigegeben, und der Prozess macht weiter, ohne zu stoppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is recorded as a SIGTRAP with si_code TRAP_CHLD (or TRAP_EXEC), the event and the other process&apos;s pid - what PT_GET_PROCESS_STATE will return.</source>
        <extracomment>Step eventswitch.record (core/state/steps/sig_steps.def)</extracomment>
        <translation>Die Meldung wird als SIGTRAP mit si_code TRAP_CHLD (oder TRAP_EXEC) aufgezeichnet, dazu das Ereignis und die PID des anderen Prozesses – das, was PT_GET_PROCESS_STATE liefern wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The process stops (SSTOP), its parent - the debugger - gets SIGCHLD with si_code CLD_STOPPED (the SIGTRAP report is what PT_GET_PROCESS_STATE reads) and is woken from wait().</source>
        <extracomment>Step eventswitch.stop (core/state/steps/sig_steps.def)</extracomment>
        <translation>Der Prozess hält an (SSTOP), sein Elternprozess - der Debugger - bekommt SIGCHLD mit si_code CLD_STOPPED (den SIGTRAP-Bericht liest PT_GET_PROCESS_STATE) und wird aus wait() geweckt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>To stop, the LWP first takes proc_lock: stopping changes what a waiting parent scans under that lock, so the parent cannot miss it between looking at its children and going to sleep.</source>
        <extracomment>Step issignal.proc_lock (core/state/steps/sig_steps.def)</extracomment>
        <translation>Um anzuhalten, nimmt der LWP zuerst proc_lock: Das Anhalten ändert, was ein wartender Elternprozess unter diesem Lock durchsucht, deshalb kann der Elternprozess es zwischen dem Blick auf seine Kinder und dem Einschlafen nicht verpassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stop signal (or any signal, for a traced process) stops the process (SSTOP). The parent gets SIGCHLD with si_code CLD_STOPPED - unless it set PS_NOCLDSTOP and is not the debugger - and is woken from wait(). A SIGKILL that arrived meanwhile cancels the stop.</source>
        <extracomment>Step issignal.stop (core/state/steps/sig_steps.def)</extracomment>
        <translation>Ein Stopp-Signal (bei einem verfolgten Prozess jedes Signal) hält den Prozess an (SSTOP). Der Elternprozess bekommt SIGCHLD mit si_code CLD_STOPPED - außer er hat PS_NOCLDSTOP gesetzt und ist nicht der Debugger - und wird aus wait() geweckt. Ein inzwischen eingetroffenes SIGKILL verhindert den Halt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proc_lock is released and the stopped LWP leaves the CPU in the same moment, so nobody can continue it in between. It runs again when SIGCONT, SIGKILL or its debugger continues it.</source>
        <extracomment>Step sigswitch.switch (core/state/steps/sig_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben und der angehaltene LWP verlässt im selben Moment die CPU, sodass ihn dazwischen niemand fortsetzen kann. Er läuft wieder, wenn SIGCONT, SIGKILL oder sein Debugger ihn fortsetzt.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Both locks are released and the LWP switches away, stopped, until the debugger continues it.</source>
        <extracomment>Step eventswitch.switch (core/state/steps/sig_steps.def)</extracomment>
        <translation>Beide Sperren werden freigegeben, und der LWP gibt die CPU gestoppt ab, bis der Debugger ihn fortsetzt.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Each watcher that asked for NOTE_FORK is told. With NOTE_TRACK the watch is extended to the child, which reports NOTE_CHILD. kauth is asked with the FORKING process&apos;s credentials; if it refuses (a set-id process that is not root), nothing is attached and the parent&apos;s event carries NOTE_TRACKERR.</source>
        <extracomment>Step fork1.knote_fork (core/state/steps/fork_steps.def)</extracomment>
        <translation>Jeder Beobachter, der NOTE_FORK verlangt hat, wird benachrichtigt. Mit NOTE_TRACK wird die Beobachtung auf den Kindprozess ausgedehnt, der NOTE_CHILD meldet. kauth wird dabei mit den Credentials des FORKENDEN Prozesses gefragt; lehnt es ab (ein Set-ID-Prozess, der nicht root ist), wird nichts angehängt, und das Ereignis des Elternprozesses trägt NOTE_TRACKERR.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The child is born stopped (SSTOP, LSSTOP) and the FORKING process&apos;s stopped-child count goes up - even if the child&apos;s parent is now init or a debugger. No SIGCHLD is sent and nobody is woken: a waiting parent finds this child only when it next looks.</source>
        <extracomment>Step fork1.create_stopped (core/state/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess kommt gestoppt zur Welt (SSTOP, LSSTOP), und der Zähler gestoppter Kinder des FORKENDEN Prozesses steigt – selbst wenn der Elternprozess des Kindes jetzt init oder ein Debugger ist. Es wird kein SIGCHLD gesendet und niemand geweckt: Ein wartender Elternprozess findet dieses Kind erst, wenn er das nächste Mal nachsieht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>eventswitch stops the parent with SIGTRAP/TRAP_CHLD reporting PTRACE_FORK or PTRACE_VFORK and the child&apos;s pid, and wakes the debugger. It returns only after the debugger continues the parent - for a vfork, only once the child has exec&apos;d or exited - with both locks released.</source>
        <extracomment>Step fork1.eventswitch (core/state/steps/fork_steps.def)</extracomment>
        <translation>eventswitch stoppt den Elternprozess mit SIGTRAP/TRAP_CHLD, meldet PTRACE_FORK oder PTRACE_VFORK und die PID des Kindprozesses und weckt den Debugger. Es kehrt erst zurück, wenn der Debugger den Elternprozess fortsetzt – bei vfork erst, wenn der Kindprozess exec ausgeführt hat oder beendet ist –, und zwar mit beiden Sperren freigegeben.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Without root (effective uid 0) a process may only switch to a uid it already has. The credentials change; a change of real uid moves the process between per-uid counts.</source>
        <extracomment>Step setuid.do (core/state/steps/misc_steps.def)</extracomment>
        <translation>Ohne root (effektive UID 0) darf ein Prozess nur zu einer UID wechseln, die er bereits hat. Die Credentials ändern sich; ein Wechsel der realen UID verschiebt den Prozess zwischen den Zählern pro UID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An EVFILT_PROC knote is attached to the target process - if the caller may watch it: root may watch anyone, others only their own processes that are not set-id.</source>
        <extracomment>Step kqueue.register (core/state/steps/misc_steps.def)</extracomment>
        <translation>Ein EVFILT_PROC-Knote wird an den Zielprozess gehängt – sofern der Aufrufer ihn beobachten darf: root darf jeden beobachten, andere nur ihre eigenen Prozesse, die nicht Set-ID sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sleep is over - or a signal cut it short, and nanosleep returns EINTR.</source>
        <extracomment>Step nanosleep.done (core/state/steps/misc_steps.def)</extracomment>
        <translation>Der Schlaf ist vorbei – oder ein Signal hat ihn abgebrochen, und nanosleep liefert EINTR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lock is held by an LWP running on another CPU: it will probably be released soon, so this CPU spins instead of sleeping. (A spin mutex is always spun on, never slept on.)</source>
        <extracomment>Step mutex.spin (core/state/steps/misc_steps.def)</extracomment>
        <translation>Die Sperre wird von einem LWP gehalten, der auf einer anderen CPU läuft: Sie wird wahrscheinlich bald frei, daher spinnt diese CPU, statt zu schlafen. (Auf einen Spin-Mutex wird immer gespinnt, nie geschlafen.)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Continued by the debugger. After a TRAP_CHLD stop, a vfork parent must still wait for its child: proc_lock is taken to check.</source>
        <extracomment>Step eventswitch.resumed (core/state/steps/sig_steps.def)</extracomment>
        <translation>Vom Debugger fortgesetzt. Nach einem TRAP_CHLD-Stopp muss ein vfork-Elternprozess immer noch auf seinen Kindprozess warten: proc_lock wird zum Prüfen genommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is l_vforkwaiting still set?</source>
        <extracomment>Step eventswitch.vfork_wait_check (core/state/steps/sig_steps.def)</extracomment>
        <translation>Ist l_vforkwaiting noch gesetzt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The continued vfork parent sleeps on l_waitcv until the child execs or exits - even if it was continued with PT_KILL.</source>
        <extracomment>Step eventswitch.vfork_cv_wait (core/state/steps/sig_steps.def)</extracomment>
        <translation>Der fortgesetzte vfork-Elternprozess schläft auf l_waitcv, bis der Kindprozess exec aufruft oder endet – selbst wenn er mit PT_KILL fortgesetzt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Woken: proc_lock is re-taken and the flag checked again.</source>
        <extracomment>Step eventswitch.vfork_wakeup (core/state/steps/sig_steps.def)</extracomment>
        <translation>Aufgeweckt: proc_lock wird wieder genommen und das Flag erneut geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock is released; eventswitch returns.</source>
        <extracomment>Step eventswitch.unlock (core/state/steps/sig_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben; eventswitch kehrt zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child takes proc_lock ...</source>
        <extracomment>Step eventswitchchild.proc_lock (core/state/steps/sig_steps.def)</extracomment>
        <translation>Der Kindprozess nimmt proc_lock ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and its p_lock, to report itself.</source>
        <extracomment>Step eventswitchchild.p_lock (core/state/steps/sig_steps.def)</extracomment>
        <translation>... und sein p_lock, um sich zu melden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still traced as a fork child? A debugger that detached before the child first ran cancels the report.</source>
        <extracomment>Step eventswitchchild.recheck (core/state/steps/sig_steps.def)</extracomment>
        <translation>Noch als fork-Kindprozess verfolgt? Ein Debugger, der sich abgekoppelt hat, bevor der Kindprozess zum ersten Mal lief, verhindert die Meldung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not traced any more: the locks are released and the child returns to user mode.</source>
        <extracomment>Step eventswitchchild.unlock (core/state/steps/sig_steps.def)</extracomment>
        <translation>Nicht mehr verfolgt: Die Sperren werden freigegeben, und der Kindprozess kehrt in den Benutzermodus zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signal is posted to the process.</source>
        <extracomment>Step psignal.post (core/state/steps/sig_steps.def)</extracomment>
        <translation>Ein Signal wird an den Prozess gesendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signal&apos;s default action terminates the process.</source>
        <extracomment>Step postsig.sigexit (core/state/steps/sig_steps.def)</extracomment>
        <translation>Die Standardaktion des Signals beendet den Prozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process runs its own code in user mode for one tick; the kernel is not involved.</source>
        <extracomment>Step user.compute (core/state/steps/user_steps.def)</extracomment>
        <translation>Der Prozess führt einen Tick lang seinen eigenen Code im Benutzermodus aus; der Kernel ist nicht beteiligt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process traps into the kernel to make a system call.</source>
        <extracomment>Step user.syscall (core/state/steps/user_steps.def)</extracomment>
        <translation>Der Prozess springt per Trap in den Kernel, um einen Systemaufruf zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On its way back to user mode the LWP finds a pending signal and acts on it.</source>
        <extracomment>Step user.userret_signal (core/state/steps/user_steps.def)</extracomment>
        <translation>Auf dem Rückweg in den Benutzermodus findet der LWP ein anhängiges Signal und reagiert darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On its way back to user mode the LWP finds LW_WEXIT: another LWP is ending the process (exit) or replacing its program (exec), so this one calls lwp_exit instead of returning to its program.</source>
        <extracomment>Step user.lwp_userret_exit (core/state/steps/user_steps.def)</extracomment>
        <translation>Auf dem Weg zurück in den Benutzermodus findet der LWP LW_WEXIT: Ein anderer LWP beendet den Prozess (exit) oder ersetzt sein Programm (exec), also ruft dieser lwp_exit auf, statt zu seinem Programm zurückzukehren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wait takes proc_lock to look at its children.</source>
        <extracomment>Step wait.proc_lock (core/state/steps/wait_steps.def)</extracomment>
        <translation>wait nimmt proc_lock, um seine Kindprozesse anzusehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait scans the children list for a zombie, or a stopped child not yet reported, that matches the pid and the exit-signal options (WALTSIG/WALLSIG).</source>
        <extracomment>Step wait.find_child (core/state/steps/wait_steps.def)</extracomment>
        <translation>wait durchsucht die Kinderliste nach einem Zombie oder einem noch nicht gemeldeten gestoppten Kindprozess, der zur PID und zu den Exit-Signal-Optionen (WALTSIG/WALLSIG) passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A zombie is reaped: its status is returned, its pid freed, nprocs and the per-uid count decremented - unless a debugger is reaping a child it stole, which is handed back to its real parent instead.</source>
        <extracomment>Step wait.reap (core/state/steps/wait_steps.def)</extracomment>
        <translation>Ein Zombie wird eingesammelt: Sein Status wird zurückgegeben, seine PID freigegeben, nprocs und der Zähler pro UID verringert – es sei denn, ein Debugger sammelt einen Kindprozess ein, den er sich genommen hat; der wird stattdessen seinem echten Elternprozess zurückgegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stopped child is reported once (&quot;stopped by signal&quot;).</source>
        <extracomment>Step wait.stopped (core/state/steps/wait_steps.def)</extracomment>
        <translation>Ein gestoppter Kindprozess wird einmal gemeldet („stopped by signal“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>proc_lock is released and wait returns.</source>
        <extracomment>Step wait.return (core/state/steps/wait_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben, und wait kehrt zurück.</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <location filename="../../ui/common/picture_file.cpp" line="+24"/>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+13"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <location filename="../../build/i18n/engine_texts.cpp" line="+2"/>
        <source>pid %1</source>
        <extracomment>core/classroom/quiz.cpp:63</extracomment>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>pid %1 (%2)</source>
        <extracomment>core/classroom/quiz.cpp:64
----------
core/classroom/quiz.cpp:65</extracomment>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pid %1 (%2, %3)</source>
        <extracomment>core/classroom/quiz.cpp:66</extracomment>
        <translation>PID %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it takes the lock at once</source>
        <extracomment>core/classroom/quiz_locks.cpp:28</extracomment>
        <translation>Er nimmt die Sperre sofort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it spins: the owner is running on a CPU and should let go soon</source>
        <extracomment>core/classroom/quiz_locks.cpp:30</extracomment>
        <translation>Er spinnt: Der Besitzer läuft auf einer CPU und sollte sie bald freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it sleeps on the lock&apos;s turnstile: the owner is not running</source>
        <extracomment>core/classroom/quiz_locks.cpp:33</extracomment>
        <translation>Er schläft im Turnstile der Sperre: Der Besitzer läuft nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mutex_enter gives up and the system call fails with EBUSY</source>
        <extracomment>core/classroom/quiz_locks.cpp:36</extracomment>
        <translation>mutex_enter gibt auf, und der Systemaufruf scheitert mit EBUSY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On CPU %1, %2 has been spinning on %3.</source>
        <extracomment>core/classroom/quiz_locks.cpp:82</extracomment>
        <translation>Auf CPU %1 spinnt %2 bereits an %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On CPU %1, %2 is about to take %3.</source>
        <extracomment>core/classroom/quiz_locks.cpp:83</extracomment>
        <translation>Auf CPU %1 will %2 gleich %3 nehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds it; its LWP is %2 on CPU %3.</source>
        <extracomment>core/classroom/quiz_locks.cpp:84</extracomment>
        <translation>%1 hält sie; sein LWP ist %2 auf CPU %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds it; its LWP is %2.</source>
        <extracomment>core/classroom/quiz_locks.cpp:86</extracomment>
        <translation>%1 hält sie; sein LWP ist %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What does %1 do next?</source>
        <extracomment>core/classroom/quiz_locks.cpp:87</extracomment>
        <translation>Was tut %1 als Nächstes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L%1 (%2): </source>
        <extracomment>core/classroom/quiz_locks.cpp:104</extracomment>
        <translation>L%1 (%2): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an adaptive mutex. mutex_enter spins while the owner&apos;s LWP is running on a CPU (LSONPROC), because it will probably release the lock within a few instructions; when the owner is not running, spinning could last a whole time slice, so the contender blocks on the lock&apos;s turnstile and is woken when the lock is released.</source>
        <extracomment>core/classroom/quiz_locks.cpp:107</extracomment>
        <translation>%1 ist ein adaptiver Mutex. mutex_enter spinnt, solange der LWP des Besitzers auf einer CPU läuft (LSONPROC), denn er gibt die Sperre wahrscheinlich nach wenigen Instruktionen frei; läuft der Besitzer nicht, könnte das Spinnen eine ganze Zeitscheibe dauern, also blockiert der Bewerber im Turnstile der Sperre und wird geweckt, wenn sie freigegeben wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here the owner is %1, so it spins. mutex_enter never fails.</source>
        <extracomment>core/classroom/quiz_locks.cpp:115</extracomment>
        <translation>Hier ist der Besitzer %1, also spinnt er. mutex_enter scheitert nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here the owner is %1, so it sleeps. mutex_enter never fails.</source>
        <extracomment>core/classroom/quiz_locks.cpp:117</extracomment>
        <translation>Hier ist der Besitzer %1, also schläft er. mutex_enter scheitert nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+229"/>
        <source>a zombie</source>
        <extracomment>core/classroom/quiz_reparent.cpp:64
----------
core/classroom/quiz_wait.cpp:31</extracomment>
        <translation>ein Zombie</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>%1 is about to exit. Its children now: %2.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:67</extracomment>
        <translation>%1 beendet sich gleich. Seine Kindprozesse jetzt: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is tracing %2, which %3 forked.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:70</extracomment>
        <translation>%1 verfolgt %2, den %3 geforkt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who becomes the parent of %1?</source>
        <extracomment>core/classroom/quiz_reparent.cpp:71</extracomment>
        <translation>Wer wird Elternprozess von %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init (pid 1)</source>
        <extracomment>core/classroom/quiz_reparent.cpp:83</extracomment>
        <translation>init (PID 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the debugger of %2</source>
        <extracomment>core/classroom/quiz_reparent.cpp:86</extracomment>
        <translation>%1, der Debugger von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, the parent of %2</source>
        <extracomment>core/classroom/quiz_reparent.cpp:87</extracomment>
        <translation>%1, der Elternprozess von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1, the process that forked %2</source>
        <extracomment>core/classroom/quiz_reparent.cpp:89
----------
core/classroom/quiz_reparent.cpp:92</extracomment>
        <translation>%1, der Prozess, der %2 geforkt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody: it is reaped together with %1</source>
        <extracomment>core/classroom/quiz_reparent.cpp:96</extracomment>
        <translation>niemand: Er wird zusammen mit %1 eingesammelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was tracing %2.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:106</extracomment>
        <translation>%1 hat %2 verfolgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A debugger&apos;s exit detaches each tracee, kills it with SIGKILL and hands it back to the process that forked it - init here, because that process is gone.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:108</extracomment>
        <translation>Endet ein Debugger, koppelt er jeden verfolgten Prozess ab, tötet ihn mit SIGKILL und gibt ihn dem Prozess zurück, der ihn geforkt hat – hier init, weil dieser Prozess nicht mehr existiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A debugger&apos;s exit detaches each tracee, kills it with SIGKILL and hands it back to the process that forked it - %1 here.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:112</extracomment>
        <translation>Endet ein Debugger, koppelt er jeden verfolgten Prozess ab, tötet ihn mit SIGKILL und gibt ihn dem Prozess zurück, der ihn geforkt hat – hier %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exit1 gives every child of the exiting process to init: p_pptr and p_ppid become 1 and the exit signal goes back to SIGCHLD.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:119</extracomment>
        <translation>exit1 gibt jeden Kindprozess des endenden Prozesses an init: p_pptr und p_ppid werden 1, und das Exit-Signal wird wieder SIGCHLD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing moves up to the grandparent, and grandchildren stay with their own parents.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:121</extracomment>
        <translation>Nichts rückt zum Großelternprozess auf, und Enkel bleiben bei ihren eigenen Elternprozessen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already a zombie, so init reaps it at once.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:124</extracomment>
        <translation>%1 ist schon ein Zombie, also sammelt init ihn sofort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When %1 exits, init will reap it.</source>
        <extracomment>core/classroom/quiz_reparent.cpp:125</extracomment>
        <translation>Wenn %1 endet, wird init ihn einsammeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>%1 has just called %2.</source>
        <extracomment>core/classroom/quiz_stops.cpp:99
----------
core/classroom/quiz_syscalls.cpp:180</extracomment>
        <translation>%1 hat gerade %2 aufgerufen.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Its debugger %1 asked to be told about forks and vforks.</source>
        <extracomment>core/classroom/quiz_stops.cpp:106</extracomment>
        <translation>Sein Debugger %1 will über forks und vforks informiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its debugger %1 asked to be told about forks (PTRACE_FORK).</source>
        <extracomment>core/classroom/quiz_stops.cpp:108</extracomment>
        <translation>Sein Debugger %1 will über forks informiert werden (PTRACE_FORK).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its debugger %1 asked to be told about vforks (PTRACE_VFORK).</source>
        <extracomment>core/classroom/quiz_stops.cpp:110</extracomment>
        <translation>Sein Debugger %1 will über vforks informiert werden (PTRACE_VFORK).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has stop-on-fork set (PS_STOPFORK).</source>
        <extracomment>core/classroom/quiz_stops.cpp:114</extracomment>
        <translation>Bei ihm ist Stop-on-Fork gesetzt (PS_STOPFORK).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which process stops first?</source>
        <extracomment>core/classroom/quiz_stops.cpp:115</extracomment>
        <translation>Welcher Prozess stoppt zuerst?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the parent, %1</source>
        <extracomment>core/classroom/quiz_stops.cpp:117</extracomment>
        <translation>der Elternprozess, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new child</source>
        <extracomment>core/classroom/quiz_stops.cpp:118</extracomment>
        <translation>der neue Kindprozess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the debugger, %1</source>
        <extracomment>core/classroom/quiz_stops.cpp:119</extracomment>
        <translation>der Debugger, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of them: they all keep running</source>
        <extracomment>core/classroom/quiz_stops.cpp:120</extracomment>
        <translation>keiner: Alle laufen weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L580-L581: the child inherited PS_STOPFORK (L459), so fork1 - still running in the parent - creates it stopped (SSTOP) instead of putting it on a run queue.</source>
        <extracomment>core/classroom/quiz_stops.cpp:125</extracomment>
        <translation>L580-L581: Der Kindprozess hat PS_STOPFORK geerbt (L459), also erzeugt fork1 – noch im Elternprozess laufend – ihn gestoppt (SSTOP), statt ihn in eine Run-Queue zu stellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parent itself does not stop.</source>
        <extracomment>core/classroom/quiz_stops.cpp:128</extracomment>
        <translation>Der Elternprozess selbst stoppt nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L609-L611: right after making the child runnable, fork1 - still in the parent - reports the fork through eventswitch, which stops the parent for the debugger.</source>
        <extracomment>core/classroom/quiz_stops.cpp:133</extracomment>
        <translation>L609-L611: Gleich nachdem fork1 den Kindprozess lauffähig gemacht hat, meldet es – noch im Elternprozess – den fork über eventswitch, das den Elternprozess für den Debugger stoppt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child reports itself only when it first runs, in child_return (L645-L647), and here the parent got to its report first.</source>
        <extracomment>core/classroom/quiz_stops.cpp:136</extracomment>
        <translation>Der Kindprozess meldet sich erst, wenn er zum ersten Mal läuft, in child_return (L645-L647), und hier kam der Elternprozess zuerst zu seiner Meldung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child was handed to the debugger at L522 and made runnable at L589.</source>
        <extracomment>core/classroom/quiz_stops.cpp:142</extracomment>
        <translation>Der Kindprozess wurde in L522 dem Debugger übergeben und in L589 lauffähig gemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ran on a CPU of its own and reached its report in child_return (L645-L647) before the parent got to its eventswitch at L611.</source>
        <extracomment>core/classroom/quiz_stops.cpp:143</extracomment>
        <translation>Er lief auf einer eigenen CPU und erreichte seine Meldung in child_return (L645-L647), bevor der Elternprozess zu seinem eventswitch in L611 kam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is asleep on its l_waitcv inside vfork, waiting for its child %2.</source>
        <extracomment>core/classroom/quiz_stops.cpp:194</extracomment>
        <translation>%1 schläft in vfork auf seinem l_waitcv und wartet auf seinen Kindprozess %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What wakes %1 up?</source>
        <extracomment>core/classroom/quiz_stops.cpp:196</extracomment>
        <translation>Was weckt %1 auf?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the child&apos;s execve</source>
        <extracomment>core/classroom/quiz_stops.cpp:198</extracomment>
        <translation>das execve des Kindprozesses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the child&apos;s exit</source>
        <extracomment>core/classroom/quiz_stops.cpp:199</extracomment>
        <translation>das Ende (exit) des Kindprozesses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a signal sent to %1</source>
        <extracomment>core/classroom/quiz_stops.cpp:200</extracomment>
        <translation>ein Signal an %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the debugger&apos;s PT_CONTINUE or PT_DETACH</source>
        <extracomment>core/classroom/quiz_stops.cpp:201</extracomment>
        <translation>PT_CONTINUE oder PT_DETACH des Debuggers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of the child&apos;s time slice</source>
        <extracomment>core/classroom/quiz_stops.cpp:202</extracomment>
        <translation>das Ende der Zeitscheibe des Kindprozesses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once execve is past its point of no return the child has an address space of its own, so under proc_lock it clears PL_PPWAIT and the parent&apos;s l_vforkwaiting and broadcasts l_waitcv.</source>
        <extracomment>core/classroom/quiz_stops.cpp:206</extracomment>
        <translation>Sobald execve den Punkt ohne Wiederkehr überschritten hat, hat der Kindprozess einen eigenen Adressraum; also löscht er unter proc_lock PL_PPWAIT und l_vforkwaiting des Elternprozesses und weckt l_waitcv per Broadcast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exit1 releases a vfork parent first thing under proc_lock - before the exit signal is posted: it clears PL_PPWAIT and the parent&apos;s l_vforkwaiting and broadcasts l_waitcv.</source>
        <extracomment>core/classroom/quiz_stops.cpp:209</extracomment>
        <translation>exit1 gibt einen vfork-Elternprozess als Allererstes unter proc_lock frei – noch bevor das Exit-Signal gesendet wird: Es löscht PL_PPWAIT und l_vforkwaiting des Elternprozesses und weckt l_waitcv per Broadcast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parent&apos;s loop at L621-L622 then sees l_vforkwaiting clear.</source>
        <extracomment>core/classroom/quiz_stops.cpp:212</extracomment>
        <translation>Die Schleife des Elternprozesses in L621-L622 sieht dann l_vforkwaiting gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sleep is not interruptible: no signal or debugger request ends it.</source>
        <extracomment>core/classroom/quiz_stops.cpp:213</extracomment>
        <translation>Der Schlaf ist nicht unterbrechbar: Kein Signal und keine Debugger-Anfrage beendet ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>__clone(exit signal %1)</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:62</extracomment>
        <translation>__clone(Exit-Signal %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>__clone(%1, exit signal %2)</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:63</extracomment>
        <translation>__clone(%1, Exit-Signal %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L258-L264: fork1 raised nprocs to %1 first, and that reached kern.maxproc %2, so the table counts as full (even for root).</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:70</extracomment>
        <translation>L258-L264: fork1 erhöhte zuerst nprocs auf %1, und das erreichte kern.maxproc %2, also gilt die Tabelle als voll (auch für root).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It undid the increment (L272), logged &apos;table is full&apos; (L273) and returned EAGAIN (L277).</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:75</extracomment>
        <translation>Es nahm die Erhöhung zurück (L272), protokollierte „table is full“ (L273) und gab EAGAIN zurück (L277).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It undid the increment (L272) and returned EAGAIN (L277).</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:77</extracomment>
        <translation>Es nahm die Erhöhung zurück (L272) und gab EAGAIN zurück (L277).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L283-L284: the real uid&apos;s process count became %1, over its RLIMIT_NPROC soft limit, and only an effective uid of 0 may exceed it (L285). Both counts were given back and fork1 returned EAGAIN (L292).</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:80</extracomment>
        <translation>L283-L284: Der Prozesszähler der realen UID wurde %1 und lag damit über ihrem weichen RLIMIT_NPROC-Limit, das nur eine effektive UID 0 überschreiten darf (L285). Beide Zähler wurden zurückgegeben, und fork1 gab EAGAIN zurück (L292).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L301-L305: there was no kernel memory left for the child&apos;s U-area (the machine allows %1), so both counts were undone and fork1 returned ENOMEM - no sleep, no log line.</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:86</extracomment>
        <translation>L301-L305: Es war kein Kernel-Speicher mehr für die U-Area des Kindprozesses frei (die Maschine erlaubt %1), also wurden beide Zähler zurückgenommen, und fork1 gab ENOMEM zurück – kein Schlaf, keine Log-Zeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>L309-L318: proc_alloc() failed (an injected fault), so the U-area was freed, the counts undone and fork1 returned EAGAIN.</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:92</extracomment>
        <translation>L309-L318: proc_alloc() scheiterte (ein eingespeister Fehler), also wurde die U-Area freigegeben, die Zähler zurückgenommen, und fork1 gab EAGAIN zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L163: __clone refuses CLONE_PTRACE with EINVAL before fork1 is ever called.</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:95</extracomment>
        <translation>L163: __clone lehnt CLONE_PTRACE mit EINVAL ab, bevor fork1 überhaupt aufgerufen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L169: CLONE_SIGHAND without CLONE_VM is refused with EINVAL: shared handlers would live in memory that is not shared.</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:98</extracomment>
        <translation>L169: CLONE_SIGHAND ohne CLONE_VM wird mit EINVAL abgelehnt: Gemeinsame Handler lägen in Speicher, der nicht gemeinsam ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L187: the exit signal in the low 8 bits must be below _NSIG (64), so __clone returned EINVAL.</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:101</extracomment>
        <translation>L187: Das Exit-Signal in den unteren 8 Bits muss kleiner als _NSIG (64) sein, also gab __clone EINVAL zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call failed with %1.</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:103</extracomment>
        <translation>Der Aufruf scheiterte mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs is %1 of kern.maxproc %2</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:157</extracomment>
        <translation>nprocs ist %1 von kern.maxproc %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real uid %1 has %2 process (RLIMIT_NPROC %3)</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:166</extracomment>
        <translation>die reale UID %1 hat %2 Prozess (RLIMIT_NPROC %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real uid %1 has %2 processes (RLIMIT_NPROC %3)</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:167</extracomment>
        <translation>die reale UID %1 hat %2 Prozesse (RLIMIT_NPROC %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective uid %1</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:171</extracomment>
        <translation>effektive UID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U-areas in use: %1 of %2</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:175</extracomment>
        <translation>belegte U-Areas: %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>What does %1 return?</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:181
----------
core/classroom/quiz_wait.cpp:110</extracomment>
        <translation>Was gibt %1 zurück?</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>success: it returns the new child&apos;s pid</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:187</extracomment>
        <translation>Erfolg: Es gibt die PID des neuen Kindprozesses zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+103"/>
        <source>it fails with %1</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:188
----------
core/classroom/quiz_syscalls.cpp:189
----------
core/classroom/quiz_syscalls.cpp:190
----------
core/classroom/quiz_syscalls.cpp:193
----------
core/classroom/quiz_wait.cpp:118</extracomment>
        <translation>Es scheitert mit %1</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Every check passed: nprocs became %1, below kern.maxproc (L264); the uid was over RLIMIT_NPROC, but an effective uid of 0 may exceed it (L285); a U-area was found (L301).</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:204</extracomment>
        <translation>Jede Prüfung bestanden: nprocs wurde %1, unter kern.maxproc (L264); die UID lag über RLIMIT_NPROC, aber eine effektive UID 0 darf es überschreiten (L285); eine U-Area fand sich (L301).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every check passed: nprocs became %1, below kern.maxproc (L264); the uid stayed within RLIMIT_NPROC (L284); a U-area was found (L301).</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:209</extracomment>
        <translation>Jede Prüfung bestanden: nprocs wurde %1, unter kern.maxproc (L264); die UID blieb innerhalb von RLIMIT_NPROC (L284); eine U-Area fand sich (L301).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From L321 on fork1 cannot fail, and %1 returned %2, the child&apos;s pid (L599).</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:213</extracomment>
        <translation>Ab L321 kann fork1 nicht mehr scheitern, und %1 gab %2 zurück, die PID des Kindprozesses (L599).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a vfork parent it returned only after the child let go of its memory (L621-L622).</source>
        <extracomment>core/classroom/quiz_syscalls.cpp:217</extracomment>
        <translation>Als vfork-Elternprozess kehrte es erst zurück, nachdem der Kindprozess seinen Speicher freigegeben hatte (L621-L622).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LWP %1 calls %2() and it succeeds. What becomes of LWP %3?</source>
        <extracomment>core/classroom/quiz_threads.cpp:83</extracomment>
        <translation>LWP %1 ruft %2() auf, und der Aufruf gelingt. Was wird aus LWP %3?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has %2 LWPs (threads), among them LWP %3 and LWP %4.</source>
        <extracomment>core/classroom/quiz_threads.cpp:87</extracomment>
        <translation>%1 hat %2 LWPs (Threads), darunter LWP %3 und LWP %4.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>LWP %1 calls %2(). Until the child execs or exits, what is blocked?</source>
        <extracomment>core/classroom/quiz_threads.cpp:80</extracomment>
        <translation>LWP %1 ruft %2() auf. Was ist blockiert, bis das Kind exec aufruft oder endet?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LWP %1 calls %2(). How many LWPs will the child have?</source>
        <extracomment>core/classroom/quiz_threads.cpp:86</extracomment>
        <translation>LWP %1 ruft %2() auf. Wie viele LWPs wird das Kind haben?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is made to exit; the new program has LWP %1 alone</source>
        <extracomment>core/classroom/quiz_threads.cpp:93</extracomment>
        <translation>er muss sich beenden; das neue Programm hat nur LWP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it runs on in the new program, from its start</source>
        <extracomment>core/classroom/quiz_threads.cpp:94</extracomment>
        <translation>er läuft im neuen Programm weiter, von dessen Anfang an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it runs on in the old program&apos;s code beside the new program</source>
        <extracomment>core/classroom/quiz_threads.cpp:96</extracomment>
        <translation>er läuft im Code des alten Programms neben dem neuen weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>execve fails with EBUSY while LWP %1 exists</source>
        <extracomment>core/classroom/quiz_threads.cpp:97</extracomment>
        <translation>execve scheitert mit EBUSY, solange LWP %1 existiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new program cannot keep threads of the old one. Past exec&apos;s point of no return, execve_runproc calls exit_lwps (as exit does): each other LWP is marked LW_WEXIT, woken if it sleeps interruptibly, and leaves through lwp_exit; exec sleeps on p_lwpcv until they are zombies and collects them.</source>
        <extracomment>core/classroom/quiz_threads.cpp:99</extracomment>
        <translation>Ein neues Programm kann keine Threads des alten behalten. Nach dem Punkt ohne Wiederkehr ruft execve_runproc exit_lwps auf (wie exit): Jeder andere LWP wird mit LW_WEXIT markiert, geweckt, falls er unterbrechbar schläft, und verlässt den Prozess über lwp_exit; exec schläft auf p_lwpcv, bis sie Zombies sind, und räumt sie ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new program has one LWP, the caller, and it keeps its LWP ID (%1): NetBSD 10 draws LWP IDs from the pid table and no longer renumbers it to 1.</source>
        <extracomment>core/classroom/quiz_threads.cpp:104</extracomment>
        <translation>Das neue Programm hat einen LWP, den Aufrufer, und der behält seine LWP-ID (%1): NetBSD 10 vergibt LWP-IDs aus der PID-Tabelle und nummeriert ihn nicht mehr auf 1 um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only LWP %1, the caller</source>
        <extracomment>core/classroom/quiz_threads.cpp:111</extracomment>
        <translation>nur LWP %1, der Aufrufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every LWP of %1</source>
        <extracomment>core/classroom/quiz_threads.cpp:112</extracomment>
        <translation>jeder LWP von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only LWP %1, the other LWP</source>
        <extracomment>core/classroom/quiz_threads.cpp:113</extracomment>
        <translation>nur LWP %1, der andere LWP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing: vfork returns at once, like fork</source>
        <extracomment>core/classroom/quiz_threads.cpp:114</extracomment>
        <translation>nichts: vfork kehrt sofort zurück, wie fork</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vfork blocks the calling LWP only: fork1 sets its l_vforkwaiting and it sleeps on its own l_waitcv (L621-L622) until the child&apos;s execve or exit lets it go.</source>
        <extracomment>core/classroom/quiz_threads.cpp:116</extracomment>
        <translation>vfork blockiert nur den aufrufenden LWP: fork1 setzt sein l_vforkwaiting, und er schläft auf seiner eigenen l_waitcv (L621-L622), bis execve oder exit des Kindes ihn freigibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LWP %1 is not involved and runs on - it may even fork itself, and contend with the vfork for p_lock and proc_lock.</source>
        <extracomment>core/classroom/quiz_threads.cpp:119</extracomment>
        <translation>LWP %1 ist nicht beteiligt und läuft weiter - er kann sogar selbst forken und mit dem vfork um p_lock und proc_lock konkurrieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 LWP: a copy of LWP %1, the caller</source>
        <extracomment>core/classroom/quiz_threads.cpp:126</extracomment>
        <translation>1 LWP: eine Kopie von LWP %1, dem Aufrufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 LWPs: a copy of each</source>
        <extracomment>core/classroom/quiz_threads.cpp:127</extracomment>
        <translation>%1 LWPs: eine Kopie von jedem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 LWP: a copy of LWP %1</source>
        <extracomment>core/classroom/quiz_threads.cpp:128</extracomment>
        <translation>1 LWP: eine Kopie von LWP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 LWPs until the child calls exec</source>
        <extracomment>core/classroom/quiz_threads.cpp:129</extracomment>
        <translation>0 LWPs, bis das Kind exec aufruft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 gives the child exactly one LWP: lwp_create(l1, p2, ...) at L481 copies the calling LWP and nothing else.</source>
        <extracomment>core/classroom/quiz_threads.cpp:131</extracomment>
        <translation>fork1 gibt dem Kind genau einen LWP: lwp_create(l1, p2, ...) in L481 kopiert den aufrufenden LWP und sonst nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWP %1 has no copy in the child. A lock it held stays held there forever, which is why a threaded program&apos;s child should only exec or exit (NetBSD&apos;s tests/lib/libpthread/t_fork.c checks the single LWP).</source>
        <extracomment>core/classroom/quiz_threads.cpp:133</extracomment>
        <translation>LWP %1 hat keine Kopie im Kind. Eine Sperre, die er hielt, bleibt dort für immer gehalten - deshalb sollte das Kind eines Programms mit Threads nur exec aufrufen oder enden (NetBSDs tests/lib/libpthread/t_fork.c prüft den einzelnen LWP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no options</source>
        <extracomment>core/classroom/quiz_wait.cpp:26</extracomment>
        <translation>keine Optionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <extracomment>core/classroom/quiz_wait.cpp:32</extracomment>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being created</source>
        <extracomment>core/classroom/quiz_wait.cpp:33</extracomment>
        <translation>im Entstehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alive</source>
        <extracomment>core/classroom/quiz_wait.cpp:34</extracomment>
        <translation>lebendig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it returns %1: it exited</source>
        <extracomment>core/classroom/quiz_wait.cpp:38</extracomment>
        <translation>Es gibt %1 zurück: Er hat sich beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it returns %1: it was killed by a signal</source>
        <extracomment>core/classroom/quiz_wait.cpp:40</extracomment>
        <translation>Es gibt %1 zurück: Er wurde durch ein Signal getötet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it returns %1: it stopped</source>
        <extracomment>core/classroom/quiz_wait.cpp:42</extracomment>
        <translation>Es gibt %1 zurück: Er hat gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it returns 0: nothing to report yet</source>
        <extracomment>core/classroom/quiz_wait.cpp:43</extracomment>
        <translation>Es gibt 0 zurück: Noch nichts zu melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it fails with ECHILD: no child to wait for</source>
        <extracomment>core/classroom/quiz_wait.cpp:44</extracomment>
        <translation>Es scheitert mit ECHILD: Kein Kindprozess, auf den es warten könnte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has just called wait(pid %2, %3).</source>
        <extracomment>core/classroom/quiz_wait.cpp:87</extracomment>
        <translation>%1 hat gerade wait(PID %2, %3) aufgerufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has just called wait(any child, %2).</source>
        <extracomment>core/classroom/quiz_wait.cpp:89</extracomment>
        <translation>%1 hat gerade wait(beliebiges Kind, %2) aufgerufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit signal %1</source>
        <extracomment>core/classroom/quiz_wait.cpp:99</extracomment>
        <translation>Exit-Signal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held by its debugger, pid %1</source>
        <extracomment>core/classroom/quiz_wait.cpp:106</extracomment>
        <translation>von seinem Debugger gehalten, PID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no children now.</source>
        <extracomment>core/classroom/quiz_wait.cpp:108</extracomment>
        <translation>Er hat jetzt keine Kindprozesse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its children now: %1.</source>
        <extracomment>core/classroom/quiz_wait.cpp:109</extracomment>
        <translation>Seine Kindprozesse jetzt: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without WALTSIG or WALLSIG, wait only looks at children whose exit signal is SIGCHLD (WALTSIG: only the others, WALLSIG: all of them).</source>
        <extracomment>core/classroom/quiz_wait.cpp:153</extracomment>
        <translation>Ohne WALTSIG oder WALLSIG betrachtet wait nur Kindprozesse, deren Exit-Signal SIGCHLD ist (WALTSIG: nur die anderen, WALLSIG: alle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No child matches the pid and options, and no child is held by a debugger, so wait fails at once with ECHILD instead of sleeping.</source>
        <extracomment>core/classroom/quiz_wait.cpp:156</extracomment>
        <translation>Kein Kindprozess passt zu PID und Optionen, und keiner wird von einem Debugger gehalten, also scheitert wait sofort mit ECHILD, statt zu schlafen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wait failed with %1.</source>
        <extracomment>core/classroom/quiz_wait.cpp:160</extracomment>
        <translation>wait scheiterte mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WNOHANG: a matching child exists but has nothing to report (no zombie, no unreported stop), so wait returns 0 at once instead of sleeping.</source>
        <extracomment>core/classroom/quiz_wait.cpp:162</extracomment>
        <translation>WNOHANG: Ein passender Kindprozess existiert, hat aber nichts zu melden (kein Zombie, kein ungemeldeter Stopp), also gibt wait sofort 0 zurück, statt zu schlafen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was stopped by %2 and that stop had not been reported yet.</source>
        <extracomment>core/classroom/quiz_wait.cpp:166</extracomment>
        <translation>%1 wurde durch %2 gestoppt, und dieser Stopp war noch nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait reports a stop once, to a debugger always and to a parent only with WUNTRACED; the child is not reaped.</source>
        <extracomment>core/classroom/quiz_wait.cpp:168</extracomment>
        <translation>wait meldet einen Stopp einmal, einem Debugger immer und einem Elternprozess nur mit WUNTRACED; der Kindprozess wird nicht eingesammelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was killed by %2.</source>
        <extracomment>core/classroom/quiz_wait.cpp:173</extracomment>
        <translation>%1 wurde durch %2 getötet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exited with status %2.</source>
        <extracomment>core/classroom/quiz_wait.cpp:174</extracomment>
        <translation>%1 hat sich mit Status %2 beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait found it as a zombie, returned its pid and status and reaped it: its pid is freed and nprocs goes down.</source>
        <extracomment>core/classroom/quiz_wait.cpp:175</extracomment>
        <translation>wait fand ihn als Zombie, gab seine PID und seinen Status zurück und sammelte ihn ein: Seine PID wird frei, und nprocs sinkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was ready at first, so wait slept on its p_waitcv until a child changed state.</source>
        <extracomment>core/classroom/quiz_wait.cpp:184</extracomment>
        <translation>Zunächst war nichts bereit, also schlief wait auf seinem p_waitcv, bis ein Kindprozess seinen Zustand änderte.</translation>
    </message>
</context>
<context>
    <name>RunExport</name>
    <message>
        <location filename="../../ui/export/run_export.cpp" line="+51"/>
        <source>No steps to export.</source>
        <translation>Keine Schritte zu exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 steps are more than the %2 an export holds: choose fewer.</source>
        <translation>%1 Schritte sind mehr als die %2, die ein Export fasst: bitte weniger wählen.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Cannot start drawing the pages.</source>
        <translation>Die Seiten können nicht gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot add page %1.</source>
        <translation>Seite %1 kann nicht angefügt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+16"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot write into the folder %1.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../../build/i18n/engine_texts.cpp" line="+27"/>
        <source>Challenge: make CPU 0 lose the race for proc_lock</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /title</extracomment>
        <translation>Aufgabe: CPU 0 soll das Rennen um proc_lock verlieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`a` on CPU 0 and `b` on CPU 1 call `fork()` at the same moment. Under the normal round-robin schedule CPU 0 always runs first in a tick, so `a` reaches L511 first, takes `proc_lock`, and `b` spins (see *Two CPUs fork at once*).

**Your task:** you are the scheduler. Choose which CPU runs each step so that the roles swap: `b` takes `proc_lock` and `a`, on CPU 0, finds it owned and spins.

**Watch for:**

- The construction phase (L256-L505) needs no global lock: the two forks overlap freely, whatever order you choose.
- L511: whoever gets there first takes `proc_lock`; the other finds it owned by an LWP that is **running**, so it spins (lock action `spin`) rather than sleeping.
- Publication (L511-L604) is serialized: the spinner gets the lock only after the owner releases it.</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /description</extracomment>
        <translation>`a` auf CPU 0 und `b` auf CPU 1 rufen im selben Moment `fork()` auf. Beim normalen Round-Robin-Ablauf läuft CPU 0 in jedem Tick zuerst, also erreicht `a` als Erster L511, nimmt `proc_lock`, und `b` spinnt (siehe *Zwei CPUs forken gleichzeitig*).

**Ihre Aufgabe:** Sie sind der Scheduler. Wählen Sie für jeden Schritt die CPU, die ihn ausführt, sodass die Rollen tauschen: `b` nimmt `proc_lock`, und `a` auf CPU 0 findet die Sperre belegt vor und spinnt.

**Worauf achten:**

- Die Aufbauphase (L256-L505) braucht keine globale Sperre: Die beiden forks überlappen sich beliebig, egal welche Reihenfolge Sie wählen.
- L511: Wer zuerst dort ankommt, nimmt `proc_lock`; der andere findet die Sperre im Besitz eines LWP, der **läuft**, und spinnt deshalb (Sperraktion `spin`), statt zu schlafen.
- Die Veröffentlichung (L511-L604) ist serialisiert: Der Spinnende bekommt die Sperre erst, nachdem der Besitzer sie freigegeben hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+286"/>
        <source>CPU 0 forks...</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /processes/0/program/0/note
----------
scenarios/proc-lock-spin.json /processes/0/program/0/note</extracomment>
        <translation>CPU 0 forkt...</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>...and so does CPU 1: whoever reaches L511 first takes proc_lock.</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /processes/1/program/0/note</extracomment>
        <translation>...und CPU 1 ebenso: Wer L511 zuerst erreicht, nimmt proc_lock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a (on CPU 0) spin on proc_lock while b holds it.</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /challenge/goal</extracomment>
        <translation>Bringen Sie a (auf CPU 0) dazu, an proc_lock zu spinnen, während b die Sperre hält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b takes proc_lock (L511)</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /challenge/in_order/0/text</extracomment>
        <translation>b nimmt proc_lock (L511)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a on CPU 0 spins on proc_lock</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /challenge/in_order/1/text</extracomment>
        <translation>a auf CPU 0 spinnt an proc_lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a takes proc_lock without having to spin</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /challenge/never/0/text</extracomment>
        <translation>a nimmt proc_lock, ohne spinnen zu müssen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both forks need the same number of steps to reach L511 (fork1.proc_lock). Whoever gets there first wins.</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /challenge/hints/0</extracomment>
        <translation>Beide forks brauchen gleich viele Schritte bis L511 (fork1.proc_lock). Wer zuerst dort ist, gewinnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round-robin runs CPU 0 first in every tick. Try running CPU 1 first instead.</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /challenge/hints/1</extracomment>
        <translation>Round-Robin lässt in jedem Tick CPU 0 zuerst laufen. Lassen Sie stattdessen CPU 1 zuerst laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternate 1, 0, 1, 0, ... - or run CPU 1 alone until b holds proc_lock, then switch to CPU 0.</source>
        <extracomment>scenarios/challenge-proc-lock-race.json /challenge/hints/2</extracomment>
        <translation>Wechseln Sie ab: 1, 0, 1, 0, ... – oder lassen Sie CPU 1 allein laufen, bis b proc_lock hält, und wechseln Sie dann zu CPU 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge: let the child run before the PTRACE_FORK stop</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /title</extracomment>
        <translation>Aufgabe: das Kind vor dem PTRACE_FORK-Stopp laufen lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A debugger (`dbg`) traces `tracee` with PTRACE_FORK reporting on, lets it go and then computes for a while before it waits. `tracee` forks `gc`.

Inside fork1 the child is made runnable at L591, *before* the parent reports the fork (L609-L614: `eventswitch` stops `tracee` with SIGTRAP). So on a multiprocessor `gc` can start running before its parent has stopped - if a CPU is free to take it. Under the normal round-robin schedule none is: CPU 1 runs `tracee` and CPU 0 is busy with the debugger, so `gc` waits on a run queue until `tracee` stops.

**Your task:** schedule the CPUs so that `gc` gets a CPU while `tracee` is still inside fork1.

**Watch for:**

- L591: `gc` is put on a run queue; an idle CPU takes work from another CPU&apos;s queue.
- `gc` starts in `child_return` (L640): it is traced and PSL_TRACEDCHILD, so it wants to report too (`eventswitchchild`), which needs `proc_lock` - still held by `tracee`. `gc` spins until `tracee` stops and releases it, so the debugger still sees the parent&apos;s report first.
- The debugger then waits for both halves of the fork (both stopped by SIGTRAP).</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /description</extracomment>
        <translation>Ein Debugger (`dbg`) verfolgt `tracee` mit eingeschalteter PTRACE_FORK-Meldung, lässt ihn weiterlaufen und rechnet dann eine Weile, bevor er wartet. `tracee` forkt `gc`.

In fork1 wird der Kindprozess bei L591 lauffähig gemacht, *bevor* der Elternprozess den fork meldet (L609-L614: `eventswitch` stoppt `tracee` mit SIGTRAP). Auf einem Multiprozessor kann `gc` also loslaufen, bevor sein Elternprozess gestoppt hat – sofern eine CPU frei ist, die ihn übernimmt. Beim normalen Round-Robin-Ablauf ist keine frei: CPU 1 führt `tracee` aus und CPU 0 ist mit dem Debugger beschäftigt, also wartet `gc` in einer Run-Queue, bis `tracee` stoppt.

**Ihre Aufgabe:** Teilen Sie die CPUs so zu, dass `gc` eine CPU bekommt, während `tracee` noch in fork1 ist.

**Worauf achten:**

- L591: `gc` kommt in eine Run-Queue; eine CPU im Leerlauf holt sich Arbeit aus der Queue einer anderen CPU.
- `gc` beginnt in `child_return` (L640): Er wird verfolgt und hat PSL_TRACEDCHILD, will also ebenfalls melden (`eventswitchchild`) und braucht dafür `proc_lock` – das noch `tracee` hält. `gc` spinnt, bis `tracee` stoppt und die Sperre freigibt; der Debugger sieht also trotzdem zuerst die Meldung des Elternprozesses.
- Danach wartet der Debugger auf beide Hälften des forks (beide durch SIGTRAP gestoppt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+294"/>
        <source>Stop and let the debugger set things up.</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /processes/0/program/0/child/1/note
----------
scenarios/ptrace-fork.json /processes/0/program/0/child/1/note</extracomment>
        <translation>Anhalten und den Debugger alles vorbereiten lassen.</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>L591 makes gc runnable; L609-L614 then stop tracee for the debugger (PTRACE_FORK). Can gc get a CPU in between?</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /processes/0/program/0/child/2/note</extracomment>
        <translation>L591 macht gc lauffähig; L609-L614 stoppen dann tracee für den Debugger (PTRACE_FORK). Kann gc dazwischen eine CPU bekommen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report forks (PSL_TRACEFORK).</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /processes/0/program/2/note</extracomment>
        <translation>Forks melden (PSL_TRACEFORK).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debugger is busy with other work: CPU 0 is not free until it waits.</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /processes/0/program/5/note</extracomment>
        <translation>Der Debugger ist mit anderer Arbeit beschäftigt: CPU 0 wird erst frei, wenn er wartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+300"/>
        <source>The parent&apos;s half of the fork event (eventswitch, L611).</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /processes/0/program/6/note
----------
scenarios/ptrace-fork.json /processes/0/program/6/note</extracomment>
        <translation>Die Elternhälfte des fork-Ereignisses (eventswitch, L611).</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>The child&apos;s half (eventswitchchild from child_return, L647).</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /processes/0/program/7/note</extracomment>
        <translation>Die Kindhälfte (eventswitchchild aus child_return, L647).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get gc onto a CPU before tracee stops for its PTRACE_FORK report.</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /challenge/goal</extracomment>
        <translation>Bringen Sie gc auf eine CPU, bevor tracee für seine PTRACE_FORK-Meldung stoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gc gets a CPU (while tracee is still in fork1)</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /challenge/in_order/0/text</extracomment>
        <translation>gc bekommt eine CPU (während tracee noch in fork1 ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracee stops for the PTRACE_FORK report before gc has run</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /challenge/never/0/text</extracomment>
        <translation>tracee stoppt für die PTRACE_FORK-Meldung, bevor gc gelaufen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gc becomes runnable at L591, a few steps before tracee reports the fork at L609-L614. Which CPU could run it?</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /challenge/hints/0</extracomment>
        <translation>gc wird bei L591 lauffähig, ein paar Schritte bevor tracee den fork bei L609-L614 meldet. Welche CPU könnte ihn ausführen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU 1 is busy with tracee, which does not give up its CPU inside the kernel. CPU 0 must be idle - and it is idle only once dbg has finished computing and sleeps in wait().</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /challenge/hints/1</extracomment>
        <translation>CPU 1 ist mit tracee beschäftigt, der seine CPU im Kernel nicht abgibt. CPU 0 muss im Leerlauf sein – und das ist sie erst, wenn dbg fertig gerechnet hat und in wait() schläft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After dbg&apos;s PT_CONTINUE, run CPU 0 until dbg sleeps in wait; then let tracee fork on CPU 1, and step CPU 0 as soon as gc is on a run queue.</source>
        <extracomment>scenarios/challenge-ptrace-child-first.json /challenge/hints/2</extracomment>
        <translation>Lassen Sie nach dem PT_CONTINUE von dbg CPU 0 laufen, bis dbg in wait schläft; lassen Sie dann tracee auf CPU 1 forken und wählen Sie CPU 0, sobald gc in einer Run-Queue ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge: make a contender sleep on proc_lock instead of spinning</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /title</extracomment>
        <translation>Aufgabe: an proc_lock schlafen statt spinnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`a` and `b` fork; `hog` only computes. `a` and `hog` share CPU 0 (process *i* starts on CPU *i* mod 2), `b` has CPU 1 to itself. The time slice is tiny (`machine.quantum` = 3 steps) and kernel preemption is on (`machine.kpreempt`), so `a` can lose CPU 0 to `hog` in the middle of fork1 - even while it holds `proc_lock`.

`proc_lock` is an adaptive mutex: a contender **spins** while the owner is running on a CPU and **sleeps** on the lock&apos;s turnstile when the owner is not running. Under the normal schedule `b`, which has a CPU to itself, reaches L511 first and nobody sleeps.

**Your task:** make `b` find `proc_lock` owned by `a` while `a` is *not* running, so that `b` goes straight to sleep on the turnstile - without spinning first.

**Watch for:**

- L511: `a` must win the race for `proc_lock` although it shares its CPU.
- `a` is preempted at the end of its quantum whenever `hog` is waiting: its state becomes LSRUN, still owning `proc_lock`.
- `b` then sleeps (lock action `sleep`, wait channel `tstile:proc_lock`); when `a` runs again and releases the lock, the release wakes `b`, which retries.

(`kpreempt` models a kernel whose `kern.sched.kpreempt_pri` was lowered; in a stock NetBSD kernel an ordinary time-sharing LWP is not preempted in kernel code, and an owner is &quot;not running&quot; typically because it has itself blocked while holding the lock.)</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /description</extracomment>
        <translation>`a` und `b` forken; `hog` rechnet nur. `a` und `hog` teilen sich CPU 0 (Prozess *i* startet auf CPU *i* mod 2), `b` hat CPU 1 für sich allein. Die Zeitscheibe ist winzig (`machine.quantum` = 3 Schritte) und Kernel-Preemption ist eingeschaltet (`machine.kpreempt`), daher kann `a` mitten in fork1 CPU 0 an `hog` verlieren – sogar während er `proc_lock` hält.

`proc_lock` ist ein adaptiver Mutex: Ein Konkurrent **spinnt**, solange der Besitzer auf einer CPU läuft, und **schläft** im Turnstile der Sperre, wenn der Besitzer nicht läuft. Beim normalen Ablauf erreicht `b`, der eine CPU für sich allein hat, L511 zuerst, und niemand schläft.

**Ihre Aufgabe:** Sorgen Sie dafür, dass `b` `proc_lock` im Besitz von `a` vorfindet, während `a` *nicht* läuft, sodass `b` sofort im Turnstile schlafen geht – ohne vorher zu spinnen.

**Worauf achten:**

- L511: `a` muss das Rennen um `proc_lock` gewinnen, obwohl er sich seine CPU teilt.
- `a` wird am Ende seines Quantums verdrängt, wann immer `hog` wartet: Sein Zustand wird LSRUN, und er besitzt `proc_lock` weiterhin.
- `b` schläft dann (Sperraktion `sleep`, Wartekanal `tstile:proc_lock`); wenn `a` wieder läuft und die Sperre freigibt, weckt die Freigabe `b`, der es erneut versucht.

(`kpreempt` bildet einen Kernel nach, dessen `kern.sched.kpreempt_pri` gesenkt wurde; in einem unveränderten NetBSD-Kernel wird ein gewöhnlicher Time-Sharing-LWP im Kernel-Code nicht verdrängt, und ein Besitzer „läuft nicht“ typischerweise deshalb, weil er selbst blockiert hat, während er die Sperre hielt.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does b spin or sleep when it finds proc_lock owned? It depends on whether the owner is running.</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /processes/1/program/0/note</extracomment>
        <translation>Spinnt oder schläft b, wenn er proc_lock belegt vorfindet? Das hängt davon ab, ob der Besitzer läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make b sleep on proc_lock&apos;s turnstile, without spinning on it first.</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /challenge/goal</extracomment>
        <translation>Bringen Sie b dazu, im Turnstile von proc_lock zu schlafen, ohne vorher an der Sperre zu spinnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a takes proc_lock (L511)</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /challenge/in_order/0/text</extracomment>
        <translation>a nimmt proc_lock (L511)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b sleeps on the turnstile of proc_lock</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /challenge/in_order/1/text</extracomment>
        <translation>b schläft im Turnstile von proc_lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b spins on proc_lock: its owner was running</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /challenge/never/0/text</extracomment>
        <translation>b spinnt an proc_lock: Der Besitzer lief gerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b takes proc_lock without waiting</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /challenge/never/1/text</extracomment>
        <translation>b nimmt proc_lock, ohne zu warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b has a CPU to itself, so it reaches L511 first unless you hold it back. Run CPU 0 first.</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /challenge/hints/0</extracomment>
        <translation>b hat eine CPU für sich allein und erreicht L511 daher zuerst, wenn Sie ihn nicht zurückhalten. Lassen Sie zuerst CPU 0 laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a only shares CPU 0 with hog: after every 3 steps of a, hog gets the CPU - also while a holds proc_lock.</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /challenge/hints/1</extracomment>
        <translation>a teilt sich CPU 0 nur mit hog: Nach je 3 Schritten von a bekommt hog die CPU – auch während a proc_lock hält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step CPU 0 until a holds proc_lock and hog has taken CPU 0 from it. Only then run b on CPU 1 up to L511.</source>
        <extracomment>scenarios/challenge-turnstile-sleep.json /challenge/hints/2</extracomment>
        <translation>Wählen Sie CPU 0, bis a proc_lock hält und hog ihm CPU 0 abgenommen hat. Lassen Sie erst dann b auf CPU 1 bis L511 laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenge: make the vfork child wait for its own parent</source>
        <extracomment>scenarios/challenge-vfork-wait.json /title</extracomment>
        <translation>Aufgabe: vfork-Kind wartet auf den eigenen Elternprozess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`sh` calls `vfork()` and its child execs at once. A vfork parent always ends up asleep on its `l_waitcv` (L621-L622) until the child execs or exits - but *how* the two meet depends on the schedule.

The parent holds `proc_lock` from L511 until `cv_wait` releases it as it goes to sleep. The child&apos;s exec needs `proc_lock` too, past its point of no return, to clear PL_PPWAIT and wake the parent. Under the normal schedule the parent is already asleep when the child gets there.

**Your task:** make the child reach that `proc_lock` while its parent still holds it - so the child spins, waiting for the very parent it is about to wake - and then let the parent go to sleep on `l_waitcv`.

**Watch for:**

- L589: the child is made runnable while the parent still holds `proc_lock`; the idle CPU 1 can take it at once.
- exec&apos;s release needs `proc_lock`; its owner (the parent) is running, so the child spins.
- L622: `cv_wait` puts the parent to sleep *and* releases `proc_lock` in one step, so the child&apos;s wake-up cannot be lost: the child gets the lock only when the parent is already on the sleep queue.</source>
        <extracomment>scenarios/challenge-vfork-wait.json /description</extracomment>
        <translation>`sh` ruft `vfork()` auf, und sein Kindprozess ruft sofort exec auf. Ein vfork-Elternprozess schläft am Ende immer auf seinem `l_waitcv` (L621-L622), bis der Kindprozess exec aufruft oder endet – aber *wie* die beiden zusammentreffen, hängt vom Ablauf ab.

Der Elternprozess hält `proc_lock` ab L511, bis `cv_wait` die Sperre beim Einschlafen freigibt. Das exec des Kindprozesses braucht `proc_lock` ebenfalls, jenseits seines Punkts ohne Wiederkehr, um PL_PPWAIT zu löschen und den Elternprozess zu wecken. Beim normalen Ablauf schläft der Elternprozess bereits, wenn der Kindprozess dort ankommt.

**Ihre Aufgabe:** Sorgen Sie dafür, dass der Kindprozess dieses `proc_lock` erreicht, während sein Elternprozess es noch hält – sodass der Kindprozess spinnt und auf genau den Elternprozess wartet, den er gleich wecken wird –, und lassen Sie dann den Elternprozess auf `l_waitcv` schlafen gehen.

**Worauf achten:**

- L589: Der Kindprozess wird lauffähig gemacht, während der Elternprozess noch `proc_lock` hält; CPU 1 im Leerlauf kann ihn sofort übernehmen.
- Die Freigabe durch exec braucht `proc_lock`; dessen Besitzer (der Elternprozess) läuft, also spinnt der Kindprozess.
- L622: `cv_wait` legt den Elternprozess schlafen *und* gibt `proc_lock` in einem Schritt frei, daher kann das Wecken durch den Kindprozess nicht verloren gehen: Der Kindprozess bekommt die Sperre erst, wenn der Elternprozess schon in der Schlafwarteschlange ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vfork(): the parent will sleep at L621-L622 until the child execs.</source>
        <extracomment>scenarios/challenge-vfork-wait.json /processes/0/program/0/note</extracomment>
        <translation>vfork(): Der Elternprozess wird bei L621-L622 schlafen, bis der Kindprozess exec aufruft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past the point of no return the child needs proc_lock to release its parent.</source>
        <extracomment>scenarios/challenge-vfork-wait.json /processes/0/program/0/child/0/note</extracomment>
        <translation>Jenseits des Punkts ohne Wiederkehr braucht der Kindprozess proc_lock, um seinen Elternprozess freizugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the vfork child spin on proc_lock while its parent still holds it, then let the parent sleep on its l_waitcv.</source>
        <extracomment>scenarios/challenge-vfork-wait.json /challenge/goal</extracomment>
        <translation>Bringen Sie den vfork-Kindprozess dazu, an proc_lock zu spinnen, während sein Elternprozess die Sperre noch hält, und lassen Sie dann den Elternprozess auf seinem l_waitcv schlafen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>child spins on proc_lock held by sh</source>
        <extracomment>scenarios/challenge-vfork-wait.json /challenge/in_order/0/text</extracomment>
        <translation>Kindprozess spinnt an proc_lock, das sh hält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sh sleeps on its l_waitcv (L622), releasing proc_lock</source>
        <extracomment>scenarios/challenge-vfork-wait.json /challenge/in_order/1/text</extracomment>
        <translation>sh schläft auf seinem l_waitcv (L622) und gibt proc_lock frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sh went to sleep on l_waitcv before the child needed proc_lock</source>
        <extracomment>scenarios/challenge-vfork-wait.json /challenge/never/0/text</extracomment>
        <translation>sh ist auf l_waitcv eingeschlafen, bevor der Kindprozess proc_lock brauchte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child becomes runnable at L591 (fork1.setrunnable). From there the parent needs only a few more steps to reach cv_wait at L622.</source>
        <extracomment>scenarios/challenge-vfork-wait.json /challenge/hints/0</extracomment>
        <translation>Der Kindprozess wird bei L591 lauffähig (fork1.setrunnable). Von dort braucht der Elternprozess nur noch wenige Schritte bis cv_wait bei L622.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child&apos;s exec takes proc_lock right after its point of no return (execve.proc_lock). It must get there first.</source>
        <extracomment>scenarios/challenge-vfork-wait.json /challenge/hints/1</extracomment>
        <translation>Das exec des Kindprozesses nimmt proc_lock direkt nach seinem Punkt ohne Wiederkehr (execve.proc_lock). Der Kindprozess muss zuerst dort sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As soon as the child is on a run queue, stop stepping CPU 0 and step CPU 1 until the child spins; then step CPU 0.</source>
        <extracomment>scenarios/challenge-vfork-wait.json /challenge/hints/2</extracomment>
        <translation>Sobald der Kindprozess in einer Run-Queue ist, wählen Sie nicht mehr CPU 0, sondern CPU 1, bis der Kindprozess spinnt; wählen Sie dann CPU 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clone: what it refuses, and exit signal 0</source>
        <extracomment>scenarios/clone-refusals.json /title</extracomment>
        <translation>clone: was es ablehnt, und Exit-Signal 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sys___clone checks its arguments before fork1 is ever called (L153-L198):

1. CLONE_PTRACE is refused with EINVAL (L163).
2. CLONE_SIGHAND without CLONE_VM is refused with EINVAL (L169): sharing signal handlers without sharing the memory they live in makes no sense.
3. The exit signal (the low 8 bits, CLONE_CSIGNAL) must be below _NSIG (64): signal 64 is EINVAL (L186-L188).

None of these touches `nprocs`: they fail before fork1.

Then two clones that succeed with an unusual exit signal:

- exit signal **0**: the parent gets no signal when the child exits, and a plain `wait` (which only selects children whose exit signal is SIGCHLD) does not see it at all: ECHILD. `wait` with WALTSIG (&quot;children with another exit signal&quot;) reaps it.
- a second exit-signal-0 child is reaped with WALLSIG (&quot;all children, whatever their exit signal&quot;).

Watch L517: `p_exitsig` is set from the clone&apos;s argument.</source>
        <extracomment>scenarios/clone-refusals.json /description</extracomment>
        <translation>sys___clone prüft seine Argumente, bevor fork1 überhaupt aufgerufen wird (L153-L198):

1. CLONE_PTRACE wird mit EINVAL abgelehnt (L163).
2. CLONE_SIGHAND ohne CLONE_VM wird mit EINVAL abgelehnt (L169): Signal-Handler zu teilen, ohne den Speicher zu teilen, in dem sie liegen, ergibt keinen Sinn.
3. Das Exit-Signal (die unteren 8 Bits, CLONE_CSIGNAL) muss kleiner als _NSIG (64) sein: Signal 64 ergibt EINVAL (L186-L188).

Keiner dieser Fälle berührt `nprocs`: Sie scheitern vor fork1.

Danach zwei clones, die mit einem ungewöhnlichen Exit-Signal gelingen:

- Exit-Signal **0**: Der Elternprozess bekommt kein Signal, wenn der Kindprozess endet, und ein einfaches `wait` (das nur Kindprozesse mit dem Exit-Signal SIGCHLD auswählt) sieht ihn überhaupt nicht: ECHILD. `wait` mit WALTSIG („Kindprozesse mit einem anderen Exit-Signal“) sammelt ihn ein.
- Ein zweiter Kindprozess mit Exit-Signal 0 wird mit WALLSIG („alle Kindprozesse, unabhängig vom Exit-Signal“) eingesammelt.

Achten Sie auf L517: `p_exitsig` wird aus dem Argument von clone gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLONE_PTRACE: EINVAL at L163, before fork1.</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/0/note</extracomment>
        <translation>CLONE_PTRACE: EINVAL bei L163, noch vor fork1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLONE_SIGHAND without CLONE_VM: EINVAL at L169.</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/1/note</extracomment>
        <translation>CLONE_SIGHAND ohne CLONE_VM: EINVAL bei L169.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit signal 64 is not below _NSIG: EINVAL at L187.</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/2/note</extracomment>
        <translation>Exit-Signal 64 ist nicht kleiner als _NSIG: EINVAL bei L187.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit signal 0 is allowed: the parent will get no signal when this child exits (L517 stores it in p_exitsig).</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/3/note</extracomment>
        <translation>Exit-Signal 0 ist erlaubt: Der Elternprozess bekommt kein Signal, wenn dieser Kindprozess endet (L517 speichert es in p_exitsig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second child with exit signal 0.</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/4/note</extracomment>
        <translation>Ein zweiter Kindprozess mit Exit-Signal 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plain wait only selects SIGCHLD children: quiet does not count, so ECHILD.</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/5/note</extracomment>
        <translation>Ein einfaches wait wählt nur SIGCHLD-Kindprozesse aus: quiet zählt nicht, also ECHILD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still ECHILD: neither child has SIGCHLD as its exit signal.</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/6/note</extracomment>
        <translation>Immer noch ECHILD: Keiner der beiden Kindprozesse hat SIGCHLD als Exit-Signal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WALTSIG selects the children whose exit signal is not SIGCHLD.</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/7/note</extracomment>
        <translation>WALTSIG wählt die Kindprozesse aus, deren Exit-Signal nicht SIGCHLD ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WALLSIG selects every child, whatever its exit signal.</source>
        <extracomment>scenarios/clone-refusals.json /processes/0/program/8/note</extracomment>
        <translation>WALLSIG wählt jeden Kindprozess aus, unabhängig von seinem Exit-Signal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clone: sharing instead of copying</source>
        <extracomment>scenarios/clone-shared.json /title</extracomment>
        <translation>clone: teilen statt kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`__clone(CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND)` is the Linux-style thread-like fork. sys___clone (L153-L198) translates the flags: CLONE_VM -&gt; FORK_SHAREVM, CLONE_FS -&gt; FORK_SHARECWD, CLONE_FILES -&gt; FORK_SHAREFILES, CLONE_SIGHAND -&gt; FORK_SHARESIGS.

A second, plain `clone` with no flags is made for comparison: it behaves like `fork()`.

**Watch for:**

- L373-L377: with FORK_SHARESIGS the child does **not** get a new `p_lock`: it takes a reference on the parent&apos;s mutex object (`mutex_obj_hold`). In the trace the child&apos;s lock events use the parent&apos;s `p_lock`.
- L395-L400 `fd_share`, L405-L408 `cwdshare`, L457 shared `sigacts`, L475 shared vmspace: reference counts go up instead of new objects being made.
- The plain clone gets its own p_lock and copies of everything.
- Both children are reaped with a plain `wait`: the exit signal is SIGCHLD (the default).</source>
        <extracomment>scenarios/clone-shared.json /description</extracomment>
        <translation>`__clone(CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND)` ist der threadartige fork im Linux-Stil. sys___clone (L153-L198) übersetzt die Flags: CLONE_VM -&gt; FORK_SHAREVM, CLONE_FS -&gt; FORK_SHARECWD, CLONE_FILES -&gt; FORK_SHAREFILES, CLONE_SIGHAND -&gt; FORK_SHARESIGS.

Zum Vergleich folgt ein zweites, einfaches `clone` ohne Flags: Es verhält sich wie `fork()`.

**Worauf achten:**

- L373-L377: Mit FORK_SHARESIGS bekommt der Kindprozess **kein** neues `p_lock`: Er nimmt eine Referenz auf das Mutex-Objekt des Elternprozesses (`mutex_obj_hold`). In der Aufzeichnung verwenden die Sperrereignisse des Kindprozesses das `p_lock` des Elternprozesses.
- L395-L400 `fd_share`, L405-L408 `cwdshare`, L457 gemeinsame `sigacts`, L475 gemeinsamer vmspace: Referenzzähler steigen, statt dass neue Objekte angelegt werden.
- Das einfache clone bekommt ein eigenes p_lock und Kopien von allem.
- Beide Kindprozesse werden mit einem einfachen `wait` eingesammelt: Das Exit-Signal ist SIGCHLD (der Standard).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything shared: the child will even use the parent&apos;s p_lock (L373-L375).</source>
        <extracomment>scenarios/clone-shared.json /processes/0/program/0/note</extracomment>
        <translation>Alles geteilt: Der Kindprozess verwendet sogar das p_lock des Elternprozesses (L373-L375).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This child shares vmspace, files, cwd, signal actions and p_lock with sh.</source>
        <extracomment>scenarios/clone-shared.json /processes/0/program/0/child/0/note</extracomment>
        <translation>Dieser Kindprozess teilt vmspace, Dateien, cwd, Signalaktionen und p_lock mit sh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No flags: like fork(), the child gets a fresh p_lock (L377) and copies.</source>
        <extracomment>scenarios/clone-shared.json /processes/0/program/1/note</extracomment>
        <translation>Keine Flags: Wie bei fork() bekommt der Kindprozess ein neues p_lock (L377) und Kopien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec in a threaded program</source>
        <extracomment>scenarios/exec-threaded.json /title</extracomment>
        <translation>exec in einem Programm mit Threads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A child process starts a second thread (LWP) and then calls `execve()`. The new program cannot inherit threads that belong to the old one: past exec&apos;s point of no return, `execve_runproc` gets rid of the other LWPs with `exit_lwps` - the same routine `exit` uses - and only then replaces the address space. The new program starts with exactly one LWP, the one that called exec.

**Watch for:**

- `execve.exit_lwps`: the worker is marked `LW_WEXIT`; if it is asleep interruptibly it is woken, if it is running it leaves at its next return to user mode - either way through `lwp_exit`.
- exec waiting on `p_lwpcv` until the worker is a zombie LWP, then collecting it.
- The new program&apos;s `getppid` with `expect` `lwps: 1`, and the parent&apos;s `wait` collecting the new program&apos;s exit status.</source>
        <extracomment>scenarios/exec-threaded.json /description</extracomment>
        <translation>Ein Kindprozess startet einen zweiten Thread (LWP) und ruft dann `execve()` auf. Das neue Programm kann keine Threads erben, die zum alten gehören: Nach dem Punkt ohne Wiederkehr entfernt `execve_runproc` die anderen LWPs mit `exit_lwps` - derselben Routine, die `exit` verwendet - und ersetzt erst dann den Adressraum. Das neue Programm beginnt mit genau einem LWP, dem, der exec aufgerufen hat.

**Achten Sie auf:**

- `execve.exit_lwps`: Der Worker wird mit `LW_WEXIT` markiert; schläft er unterbrechbar, wird er geweckt, läuft er, verlässt er das Programm bei seiner nächsten Rückkehr in den Benutzermodus - in beiden Fällen über `lwp_exit`.
- exec wartet auf `p_lwpcv`, bis der Worker ein Zombie-LWP ist, und sammelt ihn dann ein.
- `getppid` des neuen Programms mit `expect` `lwps: 1`, und das `wait` des Elternprozesses, das den Exit-Status des neuen Programms abholt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second LWP: it computes for a while, then sleeps.</source>
        <extracomment>scenarios/exec-threaded.json /processes/0/program/0/child/0/note</extracomment>
        <translation>Ein zweiter LWP: Er rechnet eine Weile und schläft dann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec with two LWPs: after the point of no return, exit_lwps makes the worker leave before the old address space is replaced.</source>
        <extracomment>scenarios/exec-threaded.json /processes/0/program/0/child/2/note</extracomment>
        <translation>exec mit zwei LWPs: Nach dem Punkt ohne Wiederkehr lässt exit_lwps den Worker enden, bevor der alte Adressraum ersetzt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new program has one LWP - the one that called exec.</source>
        <extracomment>scenarios/exec-threaded.json /processes/0/program/0/child/2/program/0/note</extracomment>
        <translation>Das neue Programm hat einen LWP - den, der exec aufgerufen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A first fork</source>
        <extracomment>scenarios/first-fork.json /title</extracomment>
        <translation>Ein erster fork</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smallest useful fork: a shell (`sh`) calls `fork()` once, the child works a little and exits, and the parent waits for it and reaps it.

**Watch for:**

- `nprocs` going up *before* anything is checked (kern_fork.c L258), then the `kern.maxproc` check (L264) and the per-uid process count (`chgproccnt`, L283). At the start `nprocs` is 3: process 0, init and `sh`.
- The child being inserted at the head of the parent&apos;s children list under `proc_lock` (L511-L517): from that moment the process tree has one more node.
- The child being made runnable (L591): it may run on the other CPU before the parent has even left `fork1()`.
- `fork` returning twice: the child&apos;s pid to the parent (L600) and 0 to the child (`child_return`, L640-L659).
- The parent&apos;s `wait` finding the zombie and reaping it: `nprocs` and the per-uid count go back down, and a second `wait` has nothing left to wait for (`ECHILD`).</source>
        <extracomment>scenarios/first-fork.json /description</extracomment>
        <translation>Der kleinste sinnvolle fork: Eine Shell (`sh`) ruft einmal `fork()` auf, der Kindprozess arbeitet ein wenig und endet, und der Elternprozess wartet auf ihn und sammelt ihn ein.

**Worauf achten:**

- `nprocs` steigt, *bevor* irgendetwas geprüft wird (kern_fork.c L258), dann folgen die Prüfung gegen `kern.maxproc` (L264) und der Prozesszähler pro UID (`chgproccnt`, L283). Zu Beginn ist `nprocs` 3: Prozess 0, init und `sh`.
- Der Kindprozess wird unter `proc_lock` am Anfang der Kinderliste des Elternprozesses eingefügt (L511-L517): Ab diesem Moment hat der Prozessbaum einen Knoten mehr.
- Der Kindprozess wird lauffähig gemacht (L591): Er kann auf der anderen CPU laufen, bevor der Elternprozess `fork1()` überhaupt verlassen hat.
- `fork` kehrt zweimal zurück: mit der PID des Kindprozesses im Elternprozess (L600) und mit 0 im Kindprozess (`child_return`, L640-L659).
- Das `wait` des Elternprozesses findet den Zombie und sammelt ihn ein: `nprocs` und der Zähler pro UID sinken wieder, und ein zweites `wait` hat auf nichts mehr zu warten (`ECHILD`).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sh runs in user mode on CPU 0. nprocs = 3 (process 0, init, sh).</source>
        <extracomment>scenarios/first-fork.json /processes/0/program/0/note</extracomment>
        <translation>sh läuft im Benutzermodus auf CPU 0. nprocs = 3 (Prozess 0, init, sh).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork() -&gt; fork1(): nprocs is incremented first (L258), then compared with maxproc (L264), then the uid&apos;s count goes up (L283).</source>
        <extracomment>scenarios/first-fork.json /processes/0/program/1/note</extracomment>
        <translation>fork() -&gt; fork1(): nprocs wird zuerst erhöht (L258), dann mit maxproc verglichen (L264), dann steigt der Zähler der UID (L283).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child is running: its fork() returned 0 (child_return, L640-L659). Same program, its own pid.</source>
        <extracomment>scenarios/first-fork.json /processes/0/program/1/child/0/note</extracomment>
        <translation>Der Kindprozess läuft: Sein fork() hat 0 geliefert (child_return, L640-L659). Dasselbe Programm, eine eigene PID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child exits with status 7 and stays a zombie until its parent waits.</source>
        <extracomment>scenarios/first-fork.json /processes/0/program/1/child/1/note</extracomment>
        <translation>Der Kindprozess endet mit Status 7 und bleibt ein Zombie, bis sein Elternprozess wartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the parent fork() returned the child&apos;s pid (L600). wait() reaps the child: nprocs and the per-uid count go back down.</source>
        <extracomment>scenarios/first-fork.json /processes/0/program/2/note</extracomment>
        <translation>Im Elternprozess hat fork() die PID des Kindprozesses geliefert (L600). wait() sammelt den Kindprozess ein: nprocs und der Zähler pro UID sinken wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No children left: ECHILD.</source>
        <extracomment>scenarios/first-fork.json /processes/0/program/3/note</extracomment>
        <translation>Keine Kindprozesse mehr: ECHILD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fork bomb on 8 CPUs</source>
        <extracomment>scenarios/fork-bomb-8cpu.json /title</extracomment>
        <translation>Eine Fork-Bombe auf 8 CPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eight `bomb` processes, one per CPU, fork five children each; every child forks three more, and each of those three more (a bounded fork bomb: the leaves compute briefly and exit, nobody waits - init reaps the orphans). `kern.maxproc` is 64, so the machine runs into the process table limit again and again.

**Watch for:**

- The `nprocs` counter climbing to `maxproc - 1` = 63 and hovering there: forks start failing with EAGAIN (L264-L277) and succeed again whenever a leaf has exited and been reaped. Only the first `table is full` message in each 10 seconds is logged (L273).
- `proc_lock` contention (L511): with eight CPUs forking, exiting and reaping, most lock events on `proc_lock` are `spin`s. Publication, exit and wait all serialize on this one lock.
- Later in the storm the lock is released to a waiter that is not running yet; the other contenders then sleep on the turnstile instead of spinning, CPUs fall idle and the lock passes from one woken LWP to the next: a *lock convoy*. Watch the `tstile:proc_lock` sleeps pile up while `nprocs` stays at the limit.
- The construction phase (L321-L505) runs in parallel on all CPUs: it needs no global lock.
- init (pid 1) as the busiest reaper on the machine: every bomb child is an orphan sooner or later.
- At the end `survivor` forks once more: the storm is over and the table has room again.

Try `--cpus 2` or a larger `maxproc` from the command line and compare the `forks` summary.</source>
        <extracomment>scenarios/fork-bomb-8cpu.json /description</extracomment>
        <translation>Acht `bomb`-Prozesse, einer pro CPU, forken je fünf Kindprozesse; jeder Kindprozess forkt drei weitere und jeder dieser drei wiederum drei weitere (eine begrenzte Fork-Bombe: Die Blätter rechnen kurz und enden, niemand wartet – init sammelt die Waisen ein). `kern.maxproc` ist 64, also stößt die Maschine immer wieder an die Grenze der Prozesstabelle.

**Worauf achten:**

- Der Zähler `nprocs` klettert auf `maxproc - 1` = 63 und verharrt dort: Die forks scheitern nun mit EAGAIN (L264-L277) und gelingen wieder, sobald ein Blatt geendet hat und eingesammelt wurde. Nur die erste Meldung `table is full` in jeweils 10 Sekunden wird protokolliert (L273).
- Konkurrenz um `proc_lock` (L511): Wenn acht CPUs forken, enden und einsammeln, sind die meisten Sperrereignisse an `proc_lock` vom Typ `spin`. Veröffentlichung, exit und wait serialisieren sich alle an dieser einen Sperre.
- Später im Sturm wird die Sperre an einen Wartenden übergeben, der noch nicht läuft; die anderen Konkurrenten schlafen dann im Turnstile, statt zu spinnen, CPUs fallen in den Leerlauf, und die Sperre wandert von einem geweckten LWP zum nächsten: ein *Lock-Konvoi*. Beobachten Sie, wie sich die Schlafvorgänge auf `tstile:proc_lock` häufen, während `nprocs` an der Grenze bleibt.
- Die Aufbauphase (L321-L505) läuft auf allen CPUs parallel: Sie braucht keine globale Sperre.
- init (PID 1) als fleißigster Einsammler der Maschine: Jeder Kindprozess der Bombe wird früher oder später zur Waise.
- Am Ende forkt `survivor` noch einmal: Der Sturm ist vorbei, und die Tabelle hat wieder Platz.

Probieren Sie auf der Kommandozeile `--cpus 2` oder ein größeres `maxproc` aus und vergleichen Sie die Zusammenfassung `forks`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every bomb&apos;s first fork fits: nprocs is still far from maxproc.</source>
        <extracomment>scenarios/fork-bomb-8cpu.json /processes/0/program/0/note</extracomment>
        <translation>Der erste fork jeder Bombe passt: nprocs ist noch weit von maxproc entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the storm to pass: every bomb exits, init reaps the orphans.</source>
        <extracomment>scenarios/fork-bomb-8cpu.json /processes/8/program/0/note</extracomment>
        <translation>Warten, bis der Sturm vorüber ist: Jede Bombe endet, init sammelt die Waisen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table has emptied: a fork works again.</source>
        <extracomment>scenarios/fork-bomb-8cpu.json /processes/8/program/1/note</extracomment>
        <translation>Die Tabelle hat sich geleert: Ein fork gelingt wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fork in a threaded program</source>
        <extracomment>scenarios/fork-threaded.json /title</extracomment>
        <translation>fork in einem Programm mit Threads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A program with two threads (LWPs) calls `fork()` from one of them. The child gets exactly one LWP: a copy of the thread that called fork (`lwp_create(l1, p2, ...)`, kern_fork.c L481). The other thread is not copied - the classic surprise in OS courses, and what NetBSD&apos;s own test tests/lib/libpthread/t_fork.c checks.

**Watch for:**

- `_lwp_create` taking an LWP id from the pid table: the thread `T` uses up a number that a process could have had.
- The parent&apos;s `fork()` returning while `T` is still asleep: the parent has two LWPs, the child one (`expect` `lwps` checks both).
- `exit()` in a process with two LWPs: exit1 first runs `exit_lwps`, which marks `T` to leave and wakes it from its interruptible sleep; `T` ends in `lwp_exit` at its return to user mode, and only then is the process torn down.</source>
        <extracomment>scenarios/fork-threaded.json /description</extracomment>
        <translation>Ein Programm mit zwei Threads (LWPs) ruft `fork()` aus einem von ihnen auf. Der Kindprozess bekommt genau einen LWP: eine Kopie des Threads, der fork aufgerufen hat (`lwp_create(l1, p2, ...)`, kern_fork.c L481). Der andere Thread wird nicht kopiert - die klassische Überraschung in Betriebssystem-Kursen, und genau das prüft NetBSDs eigener Test tests/lib/libpthread/t_fork.c.

**Achten Sie auf:**

- `_lwp_create`, das eine LWP-ID aus der PID-Tabelle nimmt: Der Thread `T` verbraucht eine Nummer, die ein Prozess hätte bekommen können.
- Das `fork()` des Elternprozesses kehrt zurück, während `T` noch schläft: Der Elternprozess hat zwei LWPs, der Kindprozess einen (`expect` `lwps` prüft beides).
- `exit()` in einem Prozess mit zwei LWPs: exit1 führt zuerst `exit_lwps` aus, das `T` zum Gehen markiert und aus seinem unterbrechbaren Schlaf weckt; `T` endet in `lwp_exit` auf dem Weg zurück in den Benutzermodus, und erst dann wird der Prozess abgebaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>_lwp_create: a second LWP in the same process. Its id comes from the pid table, like a pid.</source>
        <extracomment>scenarios/fork-threaded.json /processes/0/program/0/note</extracomment>
        <translation>_lwp_create: ein zweiter LWP im selben Prozess. Seine ID kommt aus der PID-Tabelle, wie eine PID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T sleeps (interruptibly) while the other thread forks.</source>
        <extracomment>scenarios/fork-threaded.json /processes/0/program/0/program/0/note</extracomment>
        <translation>T schläft (unterbrechbar), während der andere Thread forkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork() from the first LWP: fork1 copies the process, but lwp_create(l1, p2, ...) (L481) gives the child one LWP only, a copy of the caller.</source>
        <extracomment>scenarios/fork-threaded.json /processes/0/program/1/note</extracomment>
        <translation>fork() aus dem ersten LWP: fork1 kopiert den Prozess, aber lwp_create(l1, p2, ...) (L481) gibt dem Kindprozess nur einen LWP, eine Kopie des Aufrufers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the child: one LWP. T was not copied.</source>
        <extracomment>scenarios/fork-threaded.json /processes/0/program/1/child/0/note</extracomment>
        <translation>Im Kindprozess: ein LWP. T wurde nicht kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit1 with two LWPs: exit_lwps marks T (LW_WEXIT) and interrupts its sleep; T leaves through lwp_exit, then the process exits.</source>
        <extracomment>scenarios/fork-threaded.json /processes/0/program/3/note</extracomment>
        <translation>exit1 mit zwei LWPs: exit_lwps markiert T (LW_WEXIT) und unterbricht seinen Schlaf; T geht über lwp_exit, dann endet der Prozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork, vfork and __vfork14 side by side</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /title</extracomment>
        <translation>fork, vfork und __vfork14 im Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three shells on three CPUs start a child at the same moment, each with a different system call:

| process | call | fork1 flags (L116-L143) | address space (L475) | parent |
|---|---|---|---|---|
| `forker` | `fork()` | 0 | copied (copy-on-write) | continues at once |
| `bsdvfork` | 4.4BSD `vfork()` | FORK_PPWAIT | copied | sleeps until the child execs or exits |
| `vforker` | `__vfork14()` (libc&apos;s `vfork`) | FORK_PPWAIT\|FORK_SHAREVM | **shared** | sleeps until the child execs or exits |

**Watch for:**

- L422-L430: with FORK_PPWAIT the child gets PL_PPWAIT and the calling LWP `l_vforkwaiting = true`.
- L475: `uvm_proc_fork(..., shared)` - only `__vfork14` shares the parent&apos;s vmspace (watch the reference counts).
- File table (L395-L400), cwd (L405-L408) and signal actions (L457) are copied for all three; limits are shared copy-on-write (L414-L420).
- L621-L622: the two vfork parents sleep on their own `l_waitcv`; `forker` returns from fork at once and is the first to reach `wait`.
- The fork counters at L540-L549 (per-CPU in the kernel, shown here as totals): `forks` counts all three, `forks_ppwait` two, `forks_sharevm` one.</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /description</extracomment>
        <translation>Drei Shells auf drei CPUs starten im selben Moment je einen Kindprozess, jede mit einem anderen Systemaufruf:

| Prozess | Aufruf | fork1-Flags (L116-L143) | Adressraum (L475) | Elternprozess |
|---|---|---|---|---|
| `forker` | `fork()` | 0 | kopiert (Copy-on-Write) | läuft sofort weiter |
| `bsdvfork` | `vfork()` aus 4.4BSD | FORK_PPWAIT | kopiert | schläft, bis der Kindprozess exec aufruft oder endet |
| `vforker` | `__vfork14()` (`vfork` der libc) | FORK_PPWAIT\|FORK_SHAREVM | **geteilt** | schläft, bis der Kindprozess exec aufruft oder endet |

**Worauf achten:**

- L422-L430: Mit FORK_PPWAIT bekommt der Kindprozess PL_PPWAIT und der aufrufende LWP `l_vforkwaiting = true`.
- L475: `uvm_proc_fork(..., shared)` – nur `__vfork14` teilt den vmspace des Elternprozesses (achten Sie auf die Referenzzähler).
- Dateitabelle (L395-L400), cwd (L405-L408) und Signalaktionen (L457) werden bei allen dreien kopiert; Limits werden per Copy-on-Write geteilt (L414-L420).
- L621-L622: Die beiden vfork-Elternprozesse schlafen jeweils auf ihrem eigenen `l_waitcv`; `forker` kehrt sofort aus fork zurück und erreicht als Erster `wait`.
- Die fork-Zähler bei L540-L549 (im Kernel pro CPU, hier als Summen gezeigt): `forks` zählt alle drei, `forks_ppwait` zwei, `forks_sharevm` einen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork(): flags 0 - everything copied, the parent does not wait (L120).</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /processes/0/program/0/note</extracomment>
        <translation>fork(): Flags 0 – alles kopiert, der Elternprozess wartet nicht (L120).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fork parent got here first: it never slept in fork1.</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /processes/0/program/1/note</extracomment>
        <translation>Der fork-Elternprozess war als Erster hier: Er hat in fork1 nie geschlafen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4.4BSD vfork(): FORK_PPWAIT only (L131) - the address space is still copied, but the parent waits.</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /processes/1/program/0/note</extracomment>
        <translation>vfork() aus 4.4BSD: nur FORK_PPWAIT (L131) – der Adressraum wird weiterhin kopiert, aber der Elternprozess wartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back only after the child&apos;s exec released it.</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /processes/1/program/1/note</extracomment>
        <translation>Erst zurück, nachdem das exec des Kindprozesses ihn freigegeben hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>__vfork14(): FORK_PPWAIT|FORK_SHAREVM (L143) - the child borrows the parent&apos;s address space, so the parent must wait.</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /processes/2/program/0/note</extracomment>
        <translation>__vfork14(): FORK_PPWAIT|FORK_SHAREVM (L143) – der Kindprozess leiht sich den Adressraum des Elternprozesses, daher muss der Elternprozess warten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child runs in its parent&apos;s memory; the parent sleeps on l_waitcv (L621-L622).</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /processes/2/program/0/child/0/note</extracomment>
        <translation>Der Kindprozess läuft im Speicher seines Elternprozesses; der Elternprozess schläft auf l_waitcv (L621-L622).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec gives the child its own address space and wakes the parent.</source>
        <extracomment>scenarios/fork-vfork-vfork14.json /processes/2/program/0/child/1/note</extracomment>
        <translation>exec gibt dem Kindprozess einen eigenen Adressraum und weckt den Elternprozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kqueue: NOTE_FORK and NOTE_TRACK follow a family</source>
        <extracomment>scenarios/kqueue-track.json /title</extracomment>
        <translation>kqueue: NOTE_FORK und NOTE_TRACK beobachten eine Familie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`watcher` registers an EVFILT_PROC filter on `family` with NOTE_FORK | NOTE_TRACK | NOTE_EXIT and then reads events one by one with `kevent`.

**Watch for:**

- L554-L558: if anyone watches the forking process, fork1 **drops `proc_lock`**, delivers NOTE_FORK to the watchers, and takes `proc_lock` again - in the middle of publication.
- NOTE_TRACK makes the kernel attach the same watch to the new child, which reports NOTE_CHILD (with its parent&apos;s pid as data). So the watcher also hears about `kid`&apos;s own fork, and about every exit in the family.
- Events in this run: NOTE_FORK (family) and NOTE_CHILD (kid); NOTE_FORK (kid) and NOTE_CHILD (grandkid); then NOTE_EXIT for grandkid, kid and family.
- Each `kevent` returns the pid the event is about. The processes sleep between steps so that each event is read before the next one arrives (a real kqueue merges events that arrive on the same watch before they are read).</source>
        <extracomment>scenarios/kqueue-track.json /description</extracomment>
        <translation>`watcher` registriert einen EVFILT_PROC-Filter auf `family` mit NOTE_FORK | NOTE_TRACK | NOTE_EXIT und liest dann mit `kevent` ein Ereignis nach dem anderen.

**Worauf achten:**

- L554-L558: Wenn jemand den forkenden Prozess beobachtet, **gibt fork1 `proc_lock` frei**, stellt NOTE_FORK den Beobachtern zu und nimmt `proc_lock` wieder – mitten in der Veröffentlichung.
- NOTE_TRACK veranlasst den Kernel, dieselbe Beobachtung an den neuen Kindprozess zu hängen, der NOTE_CHILD meldet (mit der PID seines Elternprozesses als Daten). So erfährt der Beobachter auch vom eigenen fork von `kid` und von jedem Ende in der Familie.
- Ereignisse in diesem Lauf: NOTE_FORK (family) und NOTE_CHILD (kid); NOTE_FORK (kid) und NOTE_CHILD (grandkid); dann NOTE_EXIT für grandkid, kid und family.
- Jedes `kevent` liefert die PID, um die es bei dem Ereignis geht. Die Prozesse schlafen zwischen den Schritten, damit jedes Ereignis gelesen wird, bevor das nächste eintrifft (eine echte kqueue fasst Ereignisse zusammen, die auf derselben Beobachtung eintreffen, bevor sie gelesen wurden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch family, and (NOTE_TRACK) whatever it forks.</source>
        <extracomment>scenarios/kqueue-track.json /processes/0/program/0/note</extracomment>
        <translation>family beobachten, dazu (NOTE_TRACK) alles, was dieser Prozess forkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family forks kid: NOTE_FORK and, for the tracked child, NOTE_CHILD.</source>
        <extracomment>scenarios/kqueue-track.json /processes/0/program/1/note</extracomment>
        <translation>family forkt kid: NOTE_FORK und, für den mitbeobachteten Kindprozess, NOTE_CHILD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kid is watched too (NOTE_TRACK): its fork is reported.</source>
        <extracomment>scenarios/kqueue-track.json /processes/0/program/3/note</extracomment>
        <translation>kid wird ebenfalls beobachtet (NOTE_TRACK): Sein fork wird gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE_EXIT: grandkid.</source>
        <extracomment>scenarios/kqueue-track.json /processes/0/program/5/note</extracomment>
        <translation>NOTE_EXIT: grandkid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE_EXIT: kid.</source>
        <extracomment>scenarios/kqueue-track.json /processes/0/program/6/note</extracomment>
        <translation>NOTE_EXIT: kid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE_EXIT: family.</source>
        <extracomment>scenarios/kqueue-track.json /processes/0/program/7/note</extracomment>
        <translation>NOTE_EXIT: family.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the watcher time to register.</source>
        <extracomment>scenarios/kqueue-track.json /processes/1/program/0/note</extracomment>
        <translation>Dem Beobachter Zeit zum Registrieren geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watched: proc_lock is dropped around the knote delivery (L554-L558).</source>
        <extracomment>scenarios/kqueue-track.json /processes/1/program/1/note</extracomment>
        <translation>Beobachtet: proc_lock wird für die Zustellung der Knotes freigegeben (L554-L558).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ktrace inheritance</source>
        <extracomment>scenarios/ktrace-inherit.json /title</extracomment>
        <translation>ktrace-Vererbung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two families: `traced` runs with KTRFAC_INHERIT set (as after `ktrace -i`), `plain` turns tracing on for itself *without* inherit.

**Watch for:**

- L445-L451: fork1 looks at the parent&apos;s trace flags. With KTRFAC_INHERIT it takes `ktrace_lock`, copies the trace flags and takes a reference on the trace file for the child (`ktradref`). The children and grandchildren of `traced` are all traced into the same file.
- Without KTRFAC_INHERIT the branch is skipped: `plain` is traced, its child is not.
- `ktrace_lock` is an adaptive mutex taken *only* in the inheriting case - watch for it in the lock events.</source>
        <extracomment>scenarios/ktrace-inherit.json /description</extracomment>
        <translation>Zwei Familien: `traced` läuft mit gesetztem KTRFAC_INHERIT (wie nach `ktrace -i`), `plain` schaltet die Verfolgung für sich selbst *ohne* Vererbung ein.

**Worauf achten:**

- L445-L451: fork1 sieht sich die Trace-Flags des Elternprozesses an. Mit KTRFAC_INHERIT nimmt es `ktrace_lock`, kopiert die Trace-Flags und nimmt für den Kindprozess eine Referenz auf die Trace-Datei (`ktradref`). Kinder und Enkel von `traced` werden alle in dieselbe Datei aufgezeichnet.
- Ohne KTRFAC_INHERIT wird der Zweig übersprungen: `plain` wird verfolgt, sein Kindprozess nicht.
- `ktrace_lock` ist ein adaptiver Mutex, der *nur* im Vererbungsfall genommen wird – achten Sie in den Sperrereignissen darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KTRFAC_INHERIT: ktrace_lock taken, trace flags and file reference copied (L445-L451).</source>
        <extracomment>scenarios/ktrace-inherit.json /processes/0/program/0/note</extracomment>
        <translation>KTRFAC_INHERIT: ktrace_lock genommen, Trace-Flags und Dateireferenz kopiert (L445-L451).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t1 inherited KTRFAC_INHERIT too, so t2 is traced as well.</source>
        <extracomment>scenarios/ktrace-inherit.json /processes/0/program/0/child/0/note</extracomment>
        <translation>t1 hat KTRFAC_INHERIT ebenfalls geerbt, daher wird auch t2 verfolgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace myself, but not my children.</source>
        <extracomment>scenarios/ktrace-inherit.json /processes/1/program/0/note</extracomment>
        <translation>Mich selbst verfolgen, aber nicht meine Kinder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No KTRFAC_INHERIT: L445 is false, the child starts untraced.</source>
        <extracomment>scenarios/ktrace-inherit.json /processes/1/program/1/note</extracomment>
        <translation>Kein KTRFAC_INHERIT: Die Bedingung in L445 ist nicht erfüllt, der Kindprozess startet unverfolgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now with inherit.</source>
        <extracomment>scenarios/ktrace-inherit.json /processes/1/program/3/note</extracomment>
        <translation>Jetzt mit Vererbung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This child is traced (L445-L451).</source>
        <extracomment>scenarios/ktrace-inherit.json /processes/1/program/4/note</extracomment>
        <translation>Dieser Kindprozess wird verfolgt (L445-L451).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fork storm hits kern.maxproc</source>
        <extracomment>scenarios/maxproc-storm.json /title</extracomment>
        <translation>Ein Fork-Sturm stößt an kern.maxproc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`kern.maxproc` is set to 8 and `storm` forks as fast as it can. `nprocs` starts at 3 (process 0, init, storm).

**The boundary.** fork1 increments `nprocs` first (L258) and fails if the *new* value is `&gt;= maxproc` (L264). So a fork fails once the count *before* the fork has reached `maxproc - 1` = 7: forks take the count from 3 to 4, 5, 6 and 7, and the fifth fork fails even though the table &quot;has room for 8&quot;. The limit applies to root too.

**Watch for:**

- L272: `nprocs` undone on failure - it goes up to 8 for an instant, then back to 7.
- L273-L274: `proc: table is full - increase kern.maxproc or NPROC` in the log - but only once: `ratecheck` allows it once per 10 seconds (1000 ticks at hz 100), so the following failures are silent.
- L275-L276: `kern.forkfsleep` is 500 ms, so every failed fork sleeps 50 ticks on wait channel `forkmx` before returning EAGAIN: the storm slows down instead of spinning.
- After the children exit and are reaped, the same fork succeeds again.</source>
        <extracomment>scenarios/maxproc-storm.json /description</extracomment>
        <translation>`kern.maxproc` ist auf 8 gesetzt, und `storm` forkt so schnell er kann. `nprocs` beginnt bei 3 (Prozess 0, init, storm).

**Die Grenze.** fork1 erhöht zuerst `nprocs` (L258) und scheitert, wenn der *neue* Wert `&gt;= maxproc` ist (L264). Ein fork scheitert also, sobald der Zähler *vor* dem fork `maxproc - 1` = 7 erreicht hat: Die forks bringen den Zähler von 3 auf 4, 5, 6 und 7, und der fünfte fork scheitert, obwohl die Tabelle „Platz für 8 hat“. Die Grenze gilt auch für root.

**Worauf achten:**

- L272: `nprocs` wird beim Scheitern zurückgenommen – der Wert steigt kurz auf 8 und fällt dann auf 7 zurück.
- L273-L274: `proc: table is full - increase kern.maxproc or NPROC` im Protokoll – aber nur einmal: `ratecheck` lässt die Meldung einmal pro 10 Sekunden zu (1000 Ticks bei hz 100), daher bleiben die folgenden Fehlschläge stumm.
- L275-L276: `kern.forkfsleep` ist 500 ms, daher schläft jeder gescheiterte fork 50 Ticks auf dem Wartekanal `forkmx`, bevor er EAGAIN liefert: Der Sturm wird langsamer, statt zu kreiseln.
- Nachdem die Kindprozesse geendet haben und eingesammelt wurden, gelingt derselbe fork wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs 3 -&gt; 4.</source>
        <extracomment>scenarios/maxproc-storm.json /processes/0/program/0/note</extracomment>
        <translation>nprocs 3 -&gt; 4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs 4 -&gt; 5.</source>
        <extracomment>scenarios/maxproc-storm.json /processes/0/program/1/note</extracomment>
        <translation>nprocs 4 -&gt; 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs 5 -&gt; 6.</source>
        <extracomment>scenarios/maxproc-storm.json /processes/0/program/2/note</extracomment>
        <translation>nprocs 5 -&gt; 6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs 6 -&gt; 7 = maxproc - 1: the last one that fits.</source>
        <extracomment>scenarios/maxproc-storm.json /processes/0/program/3/note</extracomment>
        <translation>nprocs 6 -&gt; 7 = maxproc - 1: der letzte, der noch passt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs 7 -&gt; 8 &gt;= maxproc (L264): undo (L272), log &apos;table is full&apos; (L274), sleep 50 ticks on forkmx (L276), EAGAIN. Even for root.</source>
        <extracomment>scenarios/maxproc-storm.json /processes/0/program/4/note</extracomment>
        <translation>nprocs 7 -&gt; 8 &gt;= maxproc (L264): zurücknehmen (L272), &apos;table is full&apos; protokollieren (L274), 50 Ticks auf forkmx schlafen (L276), EAGAIN. Auch für root.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fails again - no log line this time: ratecheck allows one per 10 s (L273).</source>
        <extracomment>scenarios/maxproc-storm.json /processes/0/program/5/note</extracomment>
        <translation>Scheitert erneut – diesmal ohne Protokollzeile: ratecheck erlaubt eine pro 10 s (L273).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>And again: each failure costs the storm 50 ticks of sleep.</source>
        <extracomment>scenarios/maxproc-storm.json /processes/0/program/6/note</extracomment>
        <translation>Und noch einmal: Jeder Fehlschlag kostet den Sturm 50 Ticks Schlaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children reaped, nprocs is back to 3: forking works again.</source>
        <extracomment>scenarios/maxproc-storm.json /processes/0/program/11/note</extracomment>
        <translation>Kindprozesse eingesammelt, nprocs ist wieder bei 3: fork funktioniert wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphans go to init, zombies wait to be reaped</source>
        <extracomment>scenarios/orphans-zombies.json /title</extracomment>
        <translation>Waisen gehen an init, Zombies warten aufs Einsammeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`top` forks `mid`; `mid` forks `z`, which exits at once, and `k1`, which forks `gk`. Then `mid` exits without waiting for anyone.

**Watch for:**

- `z` is a **zombie** (SZOMB) from its exit until someone waits for it: its pid and its slot in `nprocs` stay taken.
- When `mid` exits, each of *its own* children is reparented to init (pid 1) - `z` (still a zombie) and `k1`. Reparenting to init sets `p_ppid` to 1 and resets the exit signal to SIGCHLD. init is woken and reaps `z`.
- Orphaning is **not** flattening: `gk` stays `k1`&apos;s child (only the dead process&apos;s direct children move). `k1`&apos;s `wait` for `gk` still works.
- `top` reaps `mid` normally; grandchildren are never its business, so its next `wait` gets ECHILD.
- When `k1` exits, init reaps it too.

Where the tree comes from: L433-L436 (the parent is `p1`), L516 (the child at the head of the parent&apos;s children list).</source>
        <extracomment>scenarios/orphans-zombies.json /description</extracomment>
        <translation>`top` forkt `mid`; `mid` forkt `z`, der sofort endet, und `k1`, der `gk` forkt. Dann endet `mid`, ohne auf irgendjemanden zu warten.

**Worauf achten:**

- `z` ist von seinem Ende an ein **Zombie** (SZOMB), bis jemand auf ihn wartet: Seine PID und sein Platz in `nprocs` bleiben belegt.
- Wenn `mid` endet, wird jeder *seiner eigenen* Kindprozesse an init (PID 1) umgehängt – `z` (noch ein Zombie) und `k1`. Das Umhängen an init setzt `p_ppid` auf 1 und das Exit-Signal zurück auf SIGCHLD. init wird geweckt und sammelt `z` ein.
- Verwaisen ist **kein** Abflachen: `gk` bleibt Kindprozess von `k1` (nur die direkten Kindprozesse des toten Prozesses ziehen um). Das `wait` von `k1` auf `gk` funktioniert weiterhin.
- `top` sammelt `mid` ganz normal ein; Enkel gehen ihn nie etwas an, daher bekommt sein nächstes `wait` ECHILD.
- Wenn `k1` endet, sammelt init auch ihn ein.

Woher der Baum kommt: L433-L436 (der Elternprozess ist `p1`), L516 (der Kindprozess am Anfang der Kinderliste des Elternprozesses).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z exits at once and stays a zombie: mid never waits for it.</source>
        <extracomment>scenarios/orphans-zombies.json /processes/0/program/0/child/0/note</extracomment>
        <translation>z endet sofort und bleibt ein Zombie: mid wartet nie auf ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zombie now, until its parent (or init) waits.</source>
        <extracomment>scenarios/orphans-zombies.json /processes/0/program/0/child/0/child/0/note</extracomment>
        <translation>Jetzt ein Zombie, bis sein Elternprozess (oder init) wartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gk outlives mid but keeps k1 as its parent.</source>
        <extracomment>scenarios/orphans-zombies.json /processes/0/program/0/child/1/child/0/child/0/note</extracomment>
        <translation>gk überlebt mid, behält aber k1 als Elternprozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k1 is an orphan now (parent: init), but gk is still k1&apos;s own child.</source>
        <extracomment>scenarios/orphans-zombies.json /processes/0/program/0/child/1/child/2/note</extracomment>
        <translation>k1 ist jetzt eine Waise (Elternprozess: init), aber gk ist immer noch der eigene Kindprozess von k1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init will reap k1.</source>
        <extracomment>scenarios/orphans-zombies.json /processes/0/program/0/child/1/child/3/note</extracomment>
        <translation>init wird k1 einsammeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By now z is a zombie and k1 has forked gk.</source>
        <extracomment>scenarios/orphans-zombies.json /processes/0/program/0/child/2/note</extracomment>
        <translation>Inzwischen ist z ein Zombie, und k1 hat gk geforkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mid exits: z (a zombie) and k1 are reparented to init; gk stays under k1.</source>
        <extracomment>scenarios/orphans-zombies.json /processes/0/program/0/child/3/note</extracomment>
        <translation>mid endet: z (ein Zombie) und k1 werden an init umgehängt; gk bleibt unter k1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mid&apos;s children are not top&apos;s: ECHILD.</source>
        <extracomment>scenarios/orphans-zombies.json /processes/0/program/2/note</extracomment>
        <translation>Die Kindprozesse von mid sind nicht die von top: ECHILD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where pids come from: pid_table reuse</source>
        <extracomment>scenarios/pid-reuse.json /title</extracomment>
        <translation>Woher PIDs kommen: Wiederverwendung in pid_table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NetBSD does not hand out pids by counting up. `proc_alloc()` takes a slot in `pid_table` (kern_proc.c): 32 slots at first, free slots reused **first-in first-out**, and each time a slot is reused its pid grows by the table size.

Here `sh` (pid 2, slot 2; slot 0 is process 0, slot 1 init) forks and reaps 29 children one after the other: they get pids 3, 4, ..., 31 - each freed slot goes to the *end* of the free list, so a freed pid is not reused at once.

**Watch for:**

- After slot 31 every slot has been used once; the next fork takes the oldest free slot, 3, and its pid is 3 + 32 = **35**, the next one 36.
- Reuse is delayed on purpose: a pid that was just freed is not handed out again soon, which protects programs that still hold an old pid.
- fork1 calls `proc_alloc()` at L309; the child&apos;s first LWP takes the same number as its lid (L481-L491).

Set `machine.pid_alloc` to `&quot;sequential&quot;` to compare with a naive counter.</source>
        <extracomment>scenarios/pid-reuse.json /description</extracomment>
        <translation>NetBSD vergibt PIDs nicht durch Hochzählen. `proc_alloc()` belegt einen Slot in `pid_table` (kern_proc.c): anfangs 32 Slots, freie Slots werden nach dem Prinzip **First-in-First-out** wiederverwendet, und bei jeder Wiederverwendung eines Slots wächst seine PID um die Tabellengröße.

Hier forkt `sh` (PID 2, Slot 2; Slot 0 ist Prozess 0, Slot 1 init) nacheinander 29 Kindprozesse und sammelt sie jeweils ein: Sie bekommen die PIDs 3, 4, ..., 31 – jeder frei gewordene Slot kommt ans *Ende* der Freiliste, daher wird eine freigegebene PID nicht sofort wiederverwendet.

**Worauf achten:**

- Nach Slot 31 ist jeder Slot einmal benutzt worden; der nächste fork nimmt den ältesten freien Slot, 3, und seine PID ist 3 + 32 = **35**, die nächste 36.
- Die Wiederverwendung wird absichtlich hinausgezögert: Eine gerade freigegebene PID wird nicht so bald wieder vergeben; das schützt Programme, die noch eine alte PID in der Hand haben.
- fork1 ruft `proc_alloc()` bei L309 auf; der erste LWP des Kindprozesses bekommt dieselbe Nummer als LID (L481-L491).

Setzen Sie `machine.pid_alloc` auf `&quot;sequential&quot;`, um mit einem naiven Zähler zu vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot 3 again, reused FIFO: pid 3 + 32 = 35.</source>
        <extracomment>scenarios/pid-reuse.json /processes/0/program/1/note</extracomment>
        <translation>Wieder Slot 3, nach FIFO wiederverwendet: PID 3 + 32 = 35.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slot 4: pid 36.</source>
        <extracomment>scenarios/pid-reuse.json /processes/0/program/2/note</extracomment>
        <translation>Slot 4: PID 36.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock owner preempted: contenders sleep</source>
        <extracomment>scenarios/proc-lock-sleep.json /title</extracomment>
        <translation>Besitzer von proc_lock verdrängt: Konkurrenten schlafen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three processes on two CPUs: `a` and `b` fork at the same moment, `hog` only computes. `a` and `hog` share CPU 0 (process *i* starts on CPU *i* mod 2) and the time slice is tiny (`machine.quantum` = 3 steps) and kernel preemption is on (`machine.kpreempt`), so `a` can lose its CPU while it is inside fork1 - even while it holds `proc_lock`. `b` has CPU 1 to itself.

**Watch for:**

- L511: `a` takes `proc_lock` first. Shortly afterwards its quantum is over and `hog` gets CPU 0: the lock&apos;s owner is now **not running** (LSRUN, on a run queue).
- `b` finds `proc_lock` owned and spins while `a` is on CPU 0. Spinning only makes sense while the owner runs: as soon as `a` is preempted, `b` **sleeps on the lock&apos;s turnstile** (lock action `sleep`, wait channel `tstile:proc_lock`). CPU 1 is then idle and takes `a` from CPU 0&apos;s run queue.
- When the owner runs again and releases `proc_lock`, the release frees the lock and wakes the sleeper (`wakeup`), which tries `mutex_enter` again.
- Compare with *Two CPUs fork at once*, where the owner keeps running and the contender spins.

(`kpreempt` models a kernel whose `kern.sched.kpreempt_pri` was lowered: in a stock NetBSD kernel an ordinary time-sharing LWP is not preempted while it runs kernel code - only higher-priority real-time work can do that. There a lock owner is &quot;not running&quot; typically because it has itself blocked, e.g. on a `p_lock`, while holding `proc_lock`. The contender&apos;s choice - spin or sleep - follows the same rule.)</source>
        <extracomment>scenarios/proc-lock-sleep.json /description</extracomment>
        <translation>Drei Prozesse auf zwei CPUs: `a` und `b` forken im selben Moment, `hog` rechnet nur. `a` und `hog` teilen sich CPU 0 (Prozess *i* startet auf CPU *i* mod 2), die Zeitscheibe ist winzig (`machine.quantum` = 3 Schritte) und Kernel-Preemption ist eingeschaltet (`machine.kpreempt`), daher kann `a` seine CPU verlieren, während er in fork1 ist – sogar während er `proc_lock` hält. `b` hat CPU 1 für sich allein.

**Worauf achten:**

- L511: `a` nimmt `proc_lock` als Erster. Kurz darauf ist sein Quantum abgelaufen, und `hog` bekommt CPU 0: Der Besitzer der Sperre läuft jetzt **nicht** (LSRUN, in einer Run-Queue).
- `b` findet `proc_lock` belegt vor und spinnt, solange `a` auf CPU 0 ist. Spinnen ist nur sinnvoll, solange der Besitzer läuft: Sobald `a` verdrängt wird, **schläft `b` im Turnstile der Sperre** (Sperraktion `sleep`, Wartekanal `tstile:proc_lock`). CPU 1 ist dann im Leerlauf und holt sich `a` aus der Run-Queue von CPU 0.
- Wenn der Besitzer wieder läuft und `proc_lock` freigibt, wird die Sperre frei und der Schlafende geweckt (`wakeup`), der dann erneut `mutex_enter` versucht.
- Vergleichen Sie mit *Zwei CPUs forken gleichzeitig*, wo der Besitzer weiterläuft und der Konkurrent spinnt.

(`kpreempt` bildet einen Kernel nach, dessen `kern.sched.kpreempt_pri` gesenkt wurde: In einem unveränderten NetBSD-Kernel wird ein gewöhnlicher Time-Sharing-LWP nicht verdrängt, während er Kernel-Code ausführt – das kann nur Echtzeitarbeit mit höherer Priorität. Dort „läuft ein Sperrbesitzer nicht“ typischerweise deshalb, weil er selbst blockiert hat, z. B. an einem `p_lock`, während er `proc_lock` hält. Die Entscheidung des Konkurrenten – spinnen oder schlafen – folgt derselben Regel.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b starts its fork a little later, so that a holds proc_lock when b needs it.</source>
        <extracomment>scenarios/proc-lock-sleep.json /processes/1/program/0/note</extracomment>
        <translation>b beginnt seinen fork etwas später, damit a proc_lock hält, wenn b die Sperre braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If proc_lock&apos;s owner has been preempted, b sleeps on the turnstile instead of spinning.</source>
        <extracomment>scenarios/proc-lock-sleep.json /processes/1/program/1/note</extracomment>
        <translation>Wurde der Besitzer von proc_lock verdrängt, schläft b im Turnstile, statt zu spinnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two CPUs fork at once: spinning on proc_lock</source>
        <extracomment>scenarios/proc-lock-spin.json /title</extracomment>
        <translation>Zwei CPUs forken gleichzeitig: Spinnen an proc_lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`a` on CPU 0 and `b` on CPU 1 call `fork()` at the same moment. The construction phase (L321-L505) needs no global lock, so both build their children in parallel - until L511, where both want `proc_lock` to publish.

**Watch for:**

- L511: CPU 0 gets `proc_lock` first; CPU 1 finds it owned.
- `proc_lock` is an *adaptive* mutex: because its owner is **running** on another CPU, the contender does not sleep - it **spins** (lock events with action `spin`), betting the owner will release it soon.
- When `a` releases `proc_lock` (L604 onwards, after the child is made runnable), `b` acquires it on its next step and publishes its own child.
- Work done before L511 overlaps; work under `proc_lock` is serialized. Watch the `spin` steps add up: this is the cost of one global lock.</source>
        <extracomment>scenarios/proc-lock-spin.json /description</extracomment>
        <translation>`a` auf CPU 0 und `b` auf CPU 1 rufen im selben Moment `fork()` auf. Die Aufbauphase (L321-L505) braucht keine globale Sperre, daher bauen beide ihre Kindprozesse parallel auf – bis L511, wo beide `proc_lock` brauchen, um zu veröffentlichen.

**Worauf achten:**

- L511: CPU 0 bekommt `proc_lock` zuerst; CPU 1 findet die Sperre belegt vor.
- `proc_lock` ist ein *adaptiver* Mutex: Weil sein Besitzer auf einer anderen CPU **läuft**, schläft der Konkurrent nicht – er **spinnt** (Sperrereignisse mit der Aktion `spin`) und setzt darauf, dass der Besitzer die Sperre bald freigibt.
- Wenn `a` `proc_lock` freigibt (ab L604, nachdem der Kindprozess lauffähig gemacht wurde), erwirbt `b` die Sperre in seinem nächsten Schritt und veröffentlicht seinen eigenen Kindprozess.
- Die Arbeit vor L511 überlappt sich; die Arbeit unter `proc_lock` ist serialisiert. Beobachten Sie, wie sich die `spin`-Schritte summieren: Das sind die Kosten einer einzigen globalen Sperre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>...and CPU 1 forks in the same tick: they meet at proc_lock (L511).</source>
        <extracomment>scenarios/proc-lock-spin.json /processes/1/program/0/note</extracomment>
        <translation>...und CPU 1 forkt im selben Tick: Die beiden treffen sich an proc_lock (L511).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detaching at the PTRACE_VFORK stop cancels VFORK_DONE</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /title</extracomment>
        <translation>Abkoppeln beim PTRACE_VFORK-Stopp verhindert VFORK_DONE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debugger asks for PTRACE_VFORK and PTRACE_VFORK_DONE, but detaches from the parent at its PTRACE_VFORK stop.

The predicates `tracefork`, `tracevfork` and `tracevforkdone` (L207-L236) are re-evaluated each time they are used, against the *current* flags. So:

**Watch for:**

- L611: the parent stops with PTRACE_VFORK; the debugger detaches (PT_DETACH clears PSL_TRACED and the event flags).
- The parent resumes into the vfork wait (L621-L622) - the child still holds its address space.
- The child is still stopped at its own PTRACE_VFORK report (L647); the debugger detaches it too: it goes back to its real parent and runs.
- When the child exits, the parent wakes; at L627 `tracevforkdone()` is now false: **no PTRACE_VFORK_DONE stop**. The parent just returns from vfork, reaps the child and exits; the debugger&apos;s next wait sees a plain exit.</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /description</extracomment>
        <translation>Der Debugger fordert PTRACE_VFORK und PTRACE_VFORK_DONE an, koppelt sich aber beim PTRACE_VFORK-Stopp vom Elternprozess ab.

Die Prädikate `tracefork`, `tracevfork` und `tracevforkdone` (L207-L236) werden bei jeder Verwendung neu ausgewertet, und zwar gegen die *aktuellen* Flags. Daher:

**Worauf achten:**

- L611: Der Elternprozess stoppt mit PTRACE_VFORK; der Debugger koppelt sich ab (PT_DETACH löscht PSL_TRACED und die Ereignis-Flags).
- Der Elternprozess läuft weiter, hinein ins vfork-Warten (L621-L622) – der Kindprozess benutzt noch seinen Adressraum.
- Der Kindprozess ist noch bei seiner eigenen PTRACE_VFORK-Meldung gestoppt (L647); der Debugger koppelt auch ihn ab: Er geht an seinen echten Elternprozess zurück und läuft.
- Wenn der Kindprozess endet, wacht der Elternprozess auf; bei L627 ergibt `tracevforkdone()` jetzt false: **kein PTRACE_VFORK_DONE-Stopp**. Der Elternprozess kehrt einfach aus vfork zurück, sammelt den Kindprozess ein und endet; das nächste wait des Debuggers sieht ein gewöhnliches Prozessende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detached and running again; the parent is still blocked.</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /processes/0/program/0/child/2/child/0/note</extracomment>
        <translation>Abgekoppelt und läuft wieder; der Elternprozess ist noch blockiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Releases the parent. Its VFORK_DONE check (L627) is false now: no stop.</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /processes/0/program/0/child/2/child/1/note</extracomment>
        <translation>Gibt den Elternprozess frei. Dessen VFORK_DONE-Prüfung (L627) ergibt jetzt false: kein Stopp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vc was handed back by PT_DETACH: an ordinary child again.</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /processes/0/program/0/child/3/note</extracomment>
        <translation>vc wurde durch PT_DETACH zurückgegeben: wieder ein gewöhnlicher Kindprozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>PTRACE_VFORK stop (L611).</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /processes/0/program/4/note
----------
scenarios/ptrace-kill-vfork.json /processes/0/program/4/note</extracomment>
        <translation>PTRACE_VFORK-Stopp (L611).</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Detach now: the parent resumes into its vfork wait, no longer traced.</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /processes/0/program/6/note</extracomment>
        <translation>Jetzt abkoppeln: Der Elternprozess läuft weiter in sein vfork-Warten, nicht mehr verfolgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <location line="+14"/>
        <source>The child&apos;s PTRACE_VFORK stop (L647).</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /processes/0/program/7/note
----------
scenarios/ptrace-kill-vfork.json /processes/0/program/7/note
----------
scenarios/ptrace-vfork.json /processes/0/program/7/note</extracomment>
        <translation>Der PTRACE_VFORK-Stopp des Kindprozesses (L647).</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Give the child back to its real parent and let it run.</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /processes/0/program/8/note</extracomment>
        <translation>Den Kindprozess an seinen echten Elternprozess zurückgeben und laufen lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No VFORK_DONE stop: tracee simply finished.</source>
        <extracomment>scenarios/ptrace-detach-vfork.json /processes/0/program/9/note</extracomment>
        <translation>Kein VFORK_DONE-Stopp: tracee ist einfach zu Ende gelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PTRACE_FORK: the debugger gets both halves of a fork</source>
        <extracomment>scenarios/ptrace-fork.json /title</extracomment>
        <translation>PTRACE_FORK: Der Debugger bekommt beide Hälften eines forks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A debugger (`dbg`) starts its tracee the classic way: it forks `tracee`, which calls PT_TRACE_ME and stops itself with SIGSTOP. The debugger asks to be told about forks (PT_SET_EVENT_MASK PTRACE_FORK) and lets it run. Then `tracee` forks `gc`.

**Watch for:**

- L522-L525: under `proc_lock` the new child is handed straight to the debugger: `proc_changeparent(gc, dbg)` makes it PSL_TRACED and remembers `tracee` as its original parent; it is also marked PSL_TRACEDCHILD. (`p_ppid` still says `tracee`.)
- L609-L614: the parent reports: `eventswitch(TRAP_CHLD, PTRACE_FORK, child pid)` stops `tracee` with SIGTRAP and signals the debugger.
- L640-L659: the child reports too, the first time it runs: `child_return` sees PSL_TRACED|PSL_TRACEDCHILD and calls `eventswitchchild(TRAP_CHLD, PTRACE_FORK)` with the *parent&apos;s* pid (`p_oppid`, L527).
- The debugger waits for each (both stopped by SIGTRAP) and reads PT_GET_PROCESS_STATE: event PTRACE_FORK and the pid of the other half.
- While `gc` is traced it is the debugger&apos;s child: `tracee`&apos;s own `wait` for it blocks. When the debugger waits for the dead `gc` it only gets the status; the zombie is handed back to `tracee`, which must wait again to really reap it.
- PT_SET_SIGPASS lets SIGCHLD through to the tracee without a stop for the debugger (a traced process otherwise stops for every signal).</source>
        <extracomment>scenarios/ptrace-fork.json /description</extracomment>
        <translation>Ein Debugger (`dbg`) startet seinen Tracee auf klassische Weise: Er forkt `tracee`, der PT_TRACE_ME aufruft und sich selbst mit SIGSTOP stoppt. Der Debugger lässt sich über forks informieren (PT_SET_EVENT_MASK PTRACE_FORK) und lässt ihn laufen. Dann forkt `tracee` `gc`.

**Worauf achten:**

- L522-L525: Unter `proc_lock` wird der neue Kindprozess direkt dem Debugger übergeben: `proc_changeparent(gc, dbg)` setzt bei ihm PSL_TRACED und merkt sich `tracee` als seinen ursprünglichen Elternprozess; außerdem wird er als PSL_TRACEDCHILD markiert. (`p_ppid` nennt weiterhin `tracee`.)
- L609-L614: Der Elternprozess meldet: `eventswitch(TRAP_CHLD, PTRACE_FORK, child pid)` stoppt `tracee` mit SIGTRAP und schickt dem Debugger ein Signal.
- L640-L659: Auch der Kindprozess meldet sich, wenn er zum ersten Mal läuft: `child_return` sieht PSL_TRACED|PSL_TRACEDCHILD und ruft `eventswitchchild(TRAP_CHLD, PTRACE_FORK)` mit der PID des *Elternprozesses* auf (`p_oppid`, L527).
- Der Debugger wartet auf beide (beide durch SIGTRAP gestoppt) und liest PT_GET_PROCESS_STATE: Ereignis PTRACE_FORK und die PID der jeweils anderen Hälfte.
- Solange `gc` verfolgt wird, ist er ein Kindprozess des Debuggers: Das eigene `wait` von `tracee` auf ihn blockiert. Wenn der Debugger auf den toten `gc` wartet, bekommt er nur den Status; der Zombie wird an `tracee` zurückgegeben, der erneut warten muss, um ihn wirklich einzusammeln.
- PT_SET_SIGPASS lässt SIGCHLD zum Tracee durch, ohne dass dieser für den Debugger stoppt (ein verfolgter Prozess stoppt sonst bei jedem Signal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracee asks to be traced by its parent.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/0/child/0/note</extracomment>
        <translation>Der Tracee bittet darum, von seinem Elternprozess verfolgt zu werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traced with PSL_TRACEFORK: gc is given to the debugger at L522-L525, then tracee stops at L611 (PTRACE_FORK).</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/0/child/2/note</extracomment>
        <translation>Verfolgt mit PSL_TRACEFORK: gc wird bei L522-L525 dem Debugger übergeben, dann stoppt tracee bei L611 (PTRACE_FORK).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gc reported PTRACE_FORK from child_return (L647) and the debugger continued it.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/0/child/2/child/0/note</extracomment>
        <translation>gc hat PTRACE_FORK aus child_return gemeldet (L647), und der Debugger hat ihn fortgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gc belongs to the debugger while traced: this wait blocks until the debugger hands the zombie back.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/0/child/3/note</extracomment>
        <translation>Solange gc verfolgt wird, gehört er dem Debugger: Dieses wait blockiert, bis der Debugger den Zombie zurückgibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracee stopped itself.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/1/note</extracomment>
        <translation>Der Tracee hat sich selbst gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report forks: sets PSL_TRACEFORK.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/2/note</extracomment>
        <translation>Forks melden: setzt PSL_TRACEFORK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let SIGCHLD reach the tracee without stopping it.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/4/note</extracomment>
        <translation>SIGCHLD zum Tracee durchlassen, ohne ihn zu stoppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s half (eventswitchchild, L647). gc is our child now.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/7/note</extracomment>
        <translation>Die Kindhälfte (eventswitchchild, L647). gc ist jetzt unser Kindprozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracee forked gc.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/8/note</extracomment>
        <translation>tracee hat gc geforkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gc was forked by tracee (p_oppid, L527).</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/9/note</extracomment>
        <translation>gc wurde von tracee geforkt (p_oppid, L527).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debugger sees gc&apos;s exit status, but gc is not freed: it goes back to tracee.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/12/note</extracomment>
        <translation>Der Debugger sieht den Exit-Status von gc, aber gc wird nicht freigegeben: Er geht an tracee zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tracee reaped gc itself, then exited.</source>
        <extracomment>scenarios/ptrace-fork.json /processes/0/program/13/note</extracomment>
        <translation>tracee hat gc selbst eingesammelt und sich dann beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PT_KILL at the vfork stop</source>
        <extracomment>scenarios/ptrace-kill-vfork.json /title</extracomment>
        <translation>PT_KILL beim vfork-Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debugger kills its tracee (PT_KILL) while it is stopped at the PTRACE_VFORK report.

**Watch for:**

- L611: the parent stops with PTRACE_VFORK. PT_KILL posts SIGKILL and resumes it.
- The parent cannot die yet: it is inside fork1 and the child is still using its address space. After eventswitch it goes into the vfork wait (L621-L622), which SIGKILL does not interrupt.
- The child is stopped at its own PTRACE_VFORK report (L647) until the debugger continues it. When it exits, the parent wakes.
- L627: `tracevforkdone()` is still true, but eventswitch gives up when SIGKILL is pending: **no VFORK_DONE stop**. The parent returns towards user mode and dies of SIGKILL.
- The debugger sees `vc` exit and `tracee` killed by SIGKILL.</source>
        <extracomment>scenarios/ptrace-kill-vfork.json /description</extracomment>
        <translation>Der Debugger tötet seinen Tracee (PT_KILL), während dieser bei der PTRACE_VFORK-Meldung gestoppt ist.

**Worauf achten:**

- L611: Der Elternprozess stoppt mit PTRACE_VFORK. PT_KILL sendet SIGKILL und setzt ihn fort.
- Der Elternprozess kann noch nicht sterben: Er ist in fork1, und der Kindprozess benutzt noch seinen Adressraum. Nach eventswitch geht er ins vfork-Warten (L621-L622), das SIGKILL nicht unterbricht.
- Der Kindprozess ist bei seiner eigenen PTRACE_VFORK-Meldung gestoppt (L647), bis der Debugger ihn fortsetzt. Wenn er endet, wacht der Elternprozess auf.
- L627: `tracevforkdone()` ergibt noch true, aber eventswitch gibt auf, wenn SIGKILL anhängig ist: **kein VFORK_DONE-Stopp**. Der Elternprozess kehrt Richtung Benutzermodus zurück und stirbt an SIGKILL.
- Der Debugger sieht, dass `vc` endet und `tracee` durch SIGKILL getötet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Releases the parent - which then dies of the pending SIGKILL, without a VFORK_DONE stop.</source>
        <extracomment>scenarios/ptrace-kill-vfork.json /processes/0/program/0/child/2/child/1/note</extracomment>
        <translation>Gibt den Elternprozess frei – der dann am anhängigen SIGKILL stirbt, ohne VFORK_DONE-Stopp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never reached: SIGKILL wins.</source>
        <extracomment>scenarios/ptrace-kill-vfork.json /processes/0/program/0/child/3/note</extracomment>
        <translation>Wird nie erreicht: SIGKILL gewinnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIGKILL - but the vfork parent must still wait for its child (L621-L622).</source>
        <extracomment>scenarios/ptrace-kill-vfork.json /processes/0/program/6/note</extracomment>
        <translation>SIGKILL – aber der vfork-Elternprozess muss trotzdem auf seinen Kindprozess warten (L621-L622).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Killed, with no VFORK_DONE stop first.</source>
        <extracomment>scenarios/ptrace-kill-vfork.json /processes/0/program/10/note</extracomment>
        <translation>Getötet, ohne vorherigen VFORK_DONE-Stopp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PTRACE_VFORK and PTRACE_VFORK_DONE</source>
        <extracomment>scenarios/ptrace-vfork.json /title</extracomment>
        <translation>PTRACE_VFORK und PTRACE_VFORK_DONE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debugger asks for PTRACE_VFORK and PTRACE_VFORK_DONE; its tracee then calls `vfork()` and the child execs.

**Watch for:**

- L522-L525: the vfork child goes to the debugger, like a fork child.
- L609-L614: the parent stops with SIGTRAP, event **PTRACE_VFORK**. After the debugger continues it, it still has to wait for the child (the vfork wait, L621-L622).
- L647: the child reports PTRACE_VFORK too (PL_PPWAIT is still set when it first runs).
- The child&apos;s `exec` releases the parent - and, because the child is traced, stops it once more with SIGTRAP (TRAP_EXEC). PT_GET_PROCESS_STATE reports no event for that stop: it is not a TRAP_CHLD stop.
- L627-L631: once the vfork wait is over the parent stops a second time: **PTRACE_VFORK_DONE**, with the child&apos;s pid.
- At the end the debugger sees the child&apos;s exit status and hands it back to `tracee`, which reaps it.</source>
        <extracomment>scenarios/ptrace-vfork.json /description</extracomment>
        <translation>Der Debugger fordert PTRACE_VFORK und PTRACE_VFORK_DONE an; sein Tracee ruft dann `vfork()` auf, und der Kindprozess ruft exec auf.

**Worauf achten:**

- L522-L525: Der vfork-Kindprozess geht an den Debugger, wie ein fork-Kindprozess.
- L609-L614: Der Elternprozess stoppt mit SIGTRAP, Ereignis **PTRACE_VFORK**. Nachdem der Debugger ihn fortgesetzt hat, muss er noch auf den Kindprozess warten (das vfork-Warten, L621-L622).
- L647: Auch der Kindprozess meldet PTRACE_VFORK (PL_PPWAIT ist noch gesetzt, wenn er zum ersten Mal läuft).
- Das `exec` des Kindprozesses gibt den Elternprozess frei – und stoppt den Kindprozess, weil er verfolgt wird, noch einmal mit SIGTRAP (TRAP_EXEC). PT_GET_PROCESS_STATE meldet für diesen Stopp kein Ereignis: Es ist kein TRAP_CHLD-Stopp.
- L627-L631: Sobald das vfork-Warten vorbei ist, stoppt der Elternprozess ein zweites Mal: **PTRACE_VFORK_DONE**, mit der PID des Kindprozesses.
- Am Ende sieht der Debugger den Exit-Status des Kindprozesses und gibt ihn an `tracee` zurück, der ihn einsammelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported as PTRACE_VFORK (L611), then the vfork wait (L621), then PTRACE_VFORK_DONE (L629).</source>
        <extracomment>scenarios/ptrace-vfork.json /processes/0/program/0/child/2/note</extracomment>
        <translation>Gemeldet als PTRACE_VFORK (L611), dann das vfork-Warten (L621), dann PTRACE_VFORK_DONE (L629).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Releases the vfork parent; being traced, the child then stops with SIGTRAP (TRAP_EXEC).</source>
        <extracomment>scenarios/ptrace-vfork.json /processes/0/program/0/child/2/child/1/note</extracomment>
        <translation>Gibt den vfork-Elternprozess frei; da er verfolgt wird, stoppt der Kindprozess danach mit SIGTRAP (TRAP_EXEC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s PTRACE_VFORK stop (L611).</source>
        <extracomment>scenarios/ptrace-vfork.json /processes/0/program/5/note</extracomment>
        <translation>Der PTRACE_VFORK-Stopp des Elternprozesses (L611).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parent resumes - into the vfork wait: vc has not exec&apos;d yet.</source>
        <extracomment>scenarios/ptrace-vfork.json /processes/0/program/9/note</extracomment>
        <translation>Der Elternprozess läuft weiter – hinein ins vfork-Warten: vc hat exec noch nicht aufgerufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exec stop (TRAP_EXEC).</source>
        <extracomment>scenarios/ptrace-vfork.json /processes/0/program/11/note</extracomment>
        <translation>Der exec-Stopp (TRAP_EXEC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a TRAP_CHLD stop: no event.</source>
        <extracomment>scenarios/ptrace-vfork.json /processes/0/program/12/note</extracomment>
        <translation>Kein TRAP_CHLD-Stopp: kein Ereignis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exec released the parent: PTRACE_VFORK_DONE (L629).</source>
        <extracomment>scenarios/ptrace-vfork.json /processes/0/program/13/note</extracomment>
        <translation>Das exec hat den Elternprozess freigegeben: PTRACE_VFORK_DONE (L629).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status only; the zombie goes back to tracee.</source>
        <extracomment>scenarios/ptrace-vfork.json /processes/0/program/17/note</extracomment>
        <translation>Nur der Status; der Zombie geht an tracee zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RLIMIT_NPROC: the per-user process limit</source>
        <extracomment>scenarios/rlimit-nproc.json /title</extracomment>
        <translation>RLIMIT_NPROC: das Prozesslimit pro Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three processes share the machine:

- `alice` (uid 1000) with an RLIMIT_NPROC soft limit of 4;
- `suid`, a set-user-ID-root program alice started: real uid 1000, *effective* uid 0, same limit;
- `carol`, real uid 1001 running with effective uid 1000.

Processes are counted per **real** uid (L256-L258: `uid = kauth_cred_getuid(l1-&gt;l_cred)`). At boot uid 1000 owns `alice` and `suid` (count 2), uid 1001 owns `carol` (count 1).

**Watch for:**

- L283: `chgproccnt(uid, 1)` returns the new count; L284: it is compared with the *parent&apos;s* RLIMIT_NPROC soft limit.
- alice&apos;s forks bring uid 1000 to 3 and 4; the third would make 5 &gt; 4: kauth (L285) refuses, the count and `nprocs` are undone (L288-L289) and fork returns EAGAIN - with no log message.
- `suid` forks while uid 1000 is over its limit: the count exceeds the limit, but kauth lets an *effective* uid 0 bypass RLIMIT_NPROC.
- `carol` has effective uid 1000 but real uid 1001: her fork is counted against uid 1001 and succeeds.</source>
        <extracomment>scenarios/rlimit-nproc.json /description</extracomment>
        <translation>Drei Prozesse teilen sich die Maschine:

- `alice` (UID 1000) mit einem RLIMIT_NPROC-Soft-Limit von 4;
- `suid`, ein von alice gestartetes Set-User-ID-root-Programm: reale UID 1000, *effektive* UID 0, dasselbe Limit;
- `carol`, reale UID 1001, läuft mit der effektiven UID 1000.

Prozesse werden pro **realer** UID gezählt (L256-L258: `uid = kauth_cred_getuid(l1-&gt;l_cred)`). Beim Booten gehören zu UID 1000 `alice` und `suid` (Zähler 2), zu UID 1001 gehört `carol` (Zähler 1).

**Worauf achten:**

- L283: `chgproccnt(uid, 1)` liefert den neuen Zählerstand; L284: Er wird mit dem RLIMIT_NPROC-Soft-Limit des *Elternprozesses* verglichen.
- Die forks von alice bringen UID 1000 auf 3 und 4; der dritte würde 5 &gt; 4 ergeben: kauth (L285) lehnt ab, der Zähler und `nprocs` werden zurückgenommen (L288-L289), und fork liefert EAGAIN – ohne Protokollmeldung.
- `suid` forkt, während UID 1000 über ihrem Limit ist: Der Zähler überschreitet das Limit, aber kauth lässt eine *effektive* UID 0 RLIMIT_NPROC umgehen.
- `carol` hat die effektive UID 1000, aber die reale UID 1001: Ihr fork wird UID 1001 angerechnet und gelingt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uid 1000: 2 -&gt; 3.</source>
        <extracomment>scenarios/rlimit-nproc.json /processes/0/program/0/note</extracomment>
        <translation>UID 1000: 2 -&gt; 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uid 1000: 3 -&gt; 4 = the limit, still allowed.</source>
        <extracomment>scenarios/rlimit-nproc.json /processes/0/program/1/note</extracomment>
        <translation>UID 1000: 3 -&gt; 4 = das Limit, noch erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uid 1000: 4 -&gt; 5 &gt; 4 (L284). Not root: refused, counts undone (L288-L289), EAGAIN.</source>
        <extracomment>scenarios/rlimit-nproc.json /processes/0/program/2/note</extracomment>
        <translation>UID 1000: 4 -&gt; 5 &gt; 4 (L284). Nicht root: abgelehnt, Zähler zurückgenommen (L288-L289), EAGAIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait until alice has used up uid 1000&apos;s limit.</source>
        <extracomment>scenarios/rlimit-nproc.json /processes/1/program/0/note</extracomment>
        <translation>Warten, bis alice das Limit von UID 1000 ausgeschöpft hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uid 1000: 4 -&gt; 5 &gt; 4, but the effective uid is 0: kauth lets root bypass RLIMIT_NPROC (L285).</source>
        <extracomment>scenarios/rlimit-nproc.json /processes/1/program/1/note</extracomment>
        <translation>UID 1000: 4 -&gt; 5 &gt; 4, aber die effektive UID ist 0: kauth lässt root RLIMIT_NPROC umgehen (L285).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective uid 1000, but the count that matters is the real uid&apos;s: uid 1001 goes 1 -&gt; 2.</source>
        <extracomment>scenarios/rlimit-nproc.json /processes/2/program/1/note</extracomment>
        <translation>Effektive UID 1000, maßgeblich ist aber der Zähler der realen UID: UID 1001 steigt 1 -&gt; 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-on-fork: children born stopped</source>
        <extracomment>scenarios/stopfork.json /title</extracomment>
        <translation>Stop-on-fork: Kinder kommen gestoppt zur Welt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`sh` sets `proc.&lt;pid&gt;.stopfork` on itself with sysctl (allowed: same uid). That sets PS_STOPFORK, and every child it forks from now on is created *stopped*.

**Watch for:**

- L458-L462: under the parent&apos;s `p_lock` the child inherits PS_STOPFORK (with PS_STOPEXEC and PS_NOCLDSTOP) - so the children&apos;s own children are born stopped too.
- L580-L588: instead of being made runnable (L591), the child is put in SSTOP with its LWP in LSSTOP, `p_waited = 0`, and the *forking* parent&apos;s stopped-child count goes up.
- fork still returns the child&apos;s pid at once: only the child is stopped.
- `kill(child, SIGCONT)` continues it; only then does the child run (and its `fork()` return 0).
- `first` forks `inner`, which is born stopped as well (inherited flag); `first` continues it itself.</source>
        <extracomment>scenarios/stopfork.json /description</extracomment>
        <translation>`sh` setzt mit sysctl `proc.&lt;pid&gt;.stopfork` für sich selbst (erlaubt: dieselbe UID). Das setzt PS_STOPFORK, und jeder Kindprozess, den er von nun an forkt, wird *gestoppt* erzeugt.

**Worauf achten:**

- L458-L462: Unter dem `p_lock` des Elternprozesses erbt der Kindprozess PS_STOPFORK (mit PS_STOPEXEC und PS_NOCLDSTOP) – daher kommen auch die Kinder der Kinder gestoppt zur Welt.
- L580-L588: Statt lauffähig gemacht zu werden (L591), wird der Kindprozess in SSTOP versetzt, sein LWP in LSSTOP, `p_waited = 0`, und der Zähler gestoppter Kinder des *forkenden* Elternprozesses steigt.
- fork liefert trotzdem sofort die PID des Kindprozesses: Nur der Kindprozess ist gestoppt.
- `kill(child, SIGCONT)` setzt ihn fort; erst dann läuft der Kindprozess (und sein `fork()` liefert 0).
- `first` forkt `inner`, der ebenfalls gestoppt zur Welt kommt (geerbtes Flag); `first` setzt ihn selbst fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PS_STOPFORK on sh: its children will be created stopped (L580).</source>
        <extracomment>scenarios/stopfork.json /processes/0/program/0/note</extracomment>
        <translation>PS_STOPFORK für sh: Seine Kindprozesse werden gestoppt erzeugt (L580).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first is created in SSTOP (L580-L588): it does not run.</source>
        <extracomment>scenarios/stopfork.json /processes/0/program/1/note</extracomment>
        <translation>first wird in SSTOP erzeugt (L580-L588): Er läuft nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first inherited PS_STOPFORK (L459-L460): inner is born stopped too.</source>
        <extracomment>scenarios/stopfork.json /processes/0/program/1/child/0/note</extracomment>
        <translation>first hat PS_STOPFORK geerbt (L459-L460): Auch inner kommt gestoppt zur Welt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped as well.</source>
        <extracomment>scenarios/stopfork.json /processes/0/program/2/note</extracomment>
        <translation>Ebenfalls gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both children exist but do not run: they are in SSTOP.</source>
        <extracomment>scenarios/stopfork.json /processes/0/program/3/note</extracomment>
        <translation>Beide Kindprozesse existieren, laufen aber nicht: Sie sind in SSTOP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIGCONT continues the child: only now does its fork() return 0.</source>
        <extracomment>scenarios/stopfork.json /processes/0/program/4/note</extracomment>
        <translation>SIGCONT setzt den Kindprozess fort: Erst jetzt liefert sein fork() 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of U-areas: ENOMEM and the rollback</source>
        <extracomment>scenarios/uarea-enomem.json /title</extracomment>
        <translation>Keine U-Areas mehr: ENOMEM und das Zurückrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every new LWP needs a U-area (its kernel stack and PCB), allocated at L301 by `uvm_uarea_alloc()`. Here the machine can hold only 4 U-areas (`machine.uarea_limit`); init and `sh` already use two.

**Watch for:**

- Forks 1 and 2 take the last U-areas.
- Fork 3 gets past the maxproc check (L264) and the RLIMIT_NPROC check (L283-L294) - both counts have already gone up - and then `uvm_uarea_alloc()` fails. fork1 undoes exactly what it did, in reverse: the per-uid count (L303), then `nprocs` (L304), and returns **ENOMEM** (L305). No log line, no `forkfsleep` sleep.
- Nothing of the child was ever built: the failure phase ends at L319; from L321 on fork1 cannot fail.
- Once a child has been reaped its U-area is free again and the next fork succeeds.</source>
        <extracomment>scenarios/uarea-enomem.json /description</extracomment>
        <translation>Jeder neue LWP braucht eine U-Area (seinen Kernel-Stack und PCB), die bei L301 von `uvm_uarea_alloc()` angelegt wird. Hier kann die Maschine nur 4 U-Areas aufnehmen (`machine.uarea_limit`); init und `sh` belegen bereits zwei.

**Worauf achten:**

- Fork 1 und 2 belegen die letzten U-Areas.
- Fork 3 kommt an der maxproc-Prüfung (L264) und der RLIMIT_NPROC-Prüfung (L283-L294) vorbei – beide Zähler sind bereits gestiegen –, und dann scheitert `uvm_uarea_alloc()`. fork1 macht genau das rückgängig, was es getan hat, in umgekehrter Reihenfolge: den Zähler pro UID (L303), dann `nprocs` (L304), und liefert **ENOMEM** (L305). Keine Protokollzeile, kein Schlafen mit `forkfsleep`.
- Vom Kindprozess wurde nie etwas aufgebaut: Die Fehlerphase endet bei L319; ab L321 kann fork1 nicht mehr scheitern.
- Sobald ein Kindprozess eingesammelt wurde, ist seine U-Area wieder frei, und der nächste fork gelingt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U-area 3 of 4.</source>
        <extracomment>scenarios/uarea-enomem.json /processes/0/program/0/note</extracomment>
        <translation>U-Area 3 von 4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>U-area 4 of 4: the last one.</source>
        <extracomment>scenarios/uarea-enomem.json /processes/0/program/1/note</extracomment>
        <translation>U-Area 4 von 4: die letzte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs and the uid count go up (L258, L283), then uvm_uarea_alloc() fails (L301): both are undone (L303-L304), ENOMEM (L305).</source>
        <extracomment>scenarios/uarea-enomem.json /processes/0/program/2/note</extracomment>
        <translation>nprocs und der Zähler der UID steigen (L258, L283), dann scheitert uvm_uarea_alloc() (L301): Beides wird zurückgenommen (L303-L304), ENOMEM (L305).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reaping c1 frees its U-area.</source>
        <extracomment>scenarios/uarea-enomem.json /processes/0/program/3/note</extracomment>
        <translation>Das Einsammeln von c1 gibt seine U-Area frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A U-area is free again: success.</source>
        <extracomment>scenarios/uarea-enomem.json /processes/0/program/4/note</extracomment>
        <translation>Eine U-Area ist wieder frei: Erfolg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vfork: the parent sleeps until the child execs</source>
        <extracomment>scenarios/vfork-exec.json /title</extracomment>
        <translation>vfork: Elternprozess schläft bis zum exec des Kindes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>`sh` calls `vfork()` (libc&apos;s, i.e. `__vfork14`: FORK_PPWAIT|FORK_SHAREVM). The child shares the parent&apos;s address space, so the parent must not run until the child has its own.

**Watch for:**

- L422-L430: the child gets PL_PPWAIT, the parent&apos;s LWP `l_vforkwaiting = true`, and the child remembers that LWP.
- L621-L622: `while (l_vforkwaiting) cv_wait(&amp;l_waitcv, &amp;proc_lock)` - the parent is asleep *inside* fork1, holding nothing (cv_wait released `proc_lock`). This sleep cannot be interrupted by signals.
- The child&apos;s first `exec` fails early (ENOENT): an exec that fails before the point of no return changes nothing, so the parent **stays asleep**.
- The second `exec` passes the point of no return: under `proc_lock` it clears PL_PPWAIT, clears `l_vforkwaiting` and broadcasts `l_waitcv` - the parent wakes, re-takes `proc_lock`, sees the flag clear and returns the child&apos;s pid.
- Only then does the child get a fresh address space of its own.</source>
        <extracomment>scenarios/vfork-exec.json /description</extracomment>
        <translation>`sh` ruft `vfork()` auf (das der libc, also `__vfork14`: FORK_PPWAIT|FORK_SHAREVM). Der Kindprozess teilt sich den Adressraum des Elternprozesses, daher darf der Elternprozess nicht laufen, bis der Kindprozess einen eigenen hat.

**Worauf achten:**

- L422-L430: Der Kindprozess bekommt PL_PPWAIT, der LWP des Elternprozesses `l_vforkwaiting = true`, und der Kindprozess merkt sich diesen LWP.
- L621-L622: `while (l_vforkwaiting) cv_wait(&amp;l_waitcv, &amp;proc_lock)` – der Elternprozess schläft *in* fork1 und hält dabei nichts (cv_wait hat `proc_lock` freigegeben). Dieser Schlaf kann nicht durch Signale unterbrochen werden.
- Das erste `exec` des Kindprozesses scheitert früh (ENOENT): Ein exec, das vor dem Punkt ohne Wiederkehr scheitert, ändert nichts, daher **schläft der Elternprozess weiter**.
- Das zweite `exec` überschreitet den Punkt ohne Wiederkehr: Unter `proc_lock` löscht es PL_PPWAIT, löscht `l_vforkwaiting` und sendet einen Broadcast auf `l_waitcv` – der Elternprozess wacht auf, nimmt `proc_lock` erneut, sieht das gelöschte Flag und liefert die PID des Kindprozesses.
- Erst dann bekommt der Kindprozess einen neuen, eigenen Adressraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vfork(): the parent will sleep in fork1 at L621-L622 until the child execs or exits.</source>
        <extracomment>scenarios/vfork-exec.json /processes/0/program/0/note</extracomment>
        <translation>vfork(): Der Elternprozess wird in fork1 bei L621-L622 schlafen, bis der Kindprozess exec aufruft oder endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child runs in the parent&apos;s address space. Its parent cannot run: it is on its way to sleep on its l_waitcv (L622) and stays there until this child execs or exits.</source>
        <extracomment>scenarios/vfork-exec.json /processes/0/program/0/child/0/note</extracomment>
        <translation>Der Kindprozess läuft im Adressraum des Elternprozesses. Sein Elternprozess kann nicht laufen: Er ist auf dem Weg, auf seinem l_waitcv zu schlafen (L622), und bleibt dort, bis dieser Kindprozess exec aufruft oder endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A typo: exec fails early with ENOENT. The parent stays blocked.</source>
        <extracomment>scenarios/vfork-exec.json /processes/0/program/0/child/1/note</extracomment>
        <translation>Ein Tippfehler: exec scheitert früh mit ENOENT. Der Elternprozess bleibt blockiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exec succeeds: PL_PPWAIT is cleared and the parent is woken (cv_broadcast on its l_waitcv).</source>
        <extracomment>scenarios/vfork-exec.json /processes/0/program/0/child/3/note</extracomment>
        <translation>Dieses exec gelingt: PL_PPWAIT wird gelöscht und der Elternprozess geweckt (cv_broadcast auf seinem l_waitcv).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>echo runs in its own, new address space.</source>
        <extracomment>scenarios/vfork-exec.json /processes/0/program/0/child/3/program/0/note</extracomment>
        <translation>echo läuft in seinem eigenen, neuen Adressraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork returned only after the exec. Now reap the child.</source>
        <extracomment>scenarios/vfork-exec.json /processes/0/program/1/note</extracomment>
        <translation>fork ist erst nach dem exec zurückgekehrt. Jetzt den Kindprozess einsammeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vfork: the parent sleeps until the child exits</source>
        <extracomment>scenarios/vfork-exit.json /title</extracomment>
        <translation>vfork: Elternprozess schläft bis zum Ende des Kindes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vfork child never execs: it exits. exit1() releases the vfork parent the same way exec does - and it does so *before* it posts the exit signal.

**Watch for:**

- L422-L430 and L621-L622: the parent sleeps on `l_waitcv` inside fork1.
- In exit1, under `proc_lock`: PL_PPWAIT cleared, `l_vforkwaiting` cleared, `l_waitcv` broadcast (the parent is woken) - and only after that the zombie is made and SIGCHLD is posted to the parent (it is ignored by default, so it is discarded).
- The woken parent still needs `proc_lock`, which the exiting child holds: the parent returns from fork after the child has become a zombie, so its `wait` reaps at once.</source>
        <extracomment>scenarios/vfork-exit.json /description</extracomment>
        <translation>Der vfork-Kindprozess ruft nie exec auf: Er endet. exit1() gibt den vfork-Elternprozess auf dieselbe Weise frei wie exec – und zwar *bevor* es das Exit-Signal sendet.

**Worauf achten:**

- L422-L430 und L621-L622: Der Elternprozess schläft in fork1 auf `l_waitcv`.
- In exit1, unter `proc_lock`: PL_PPWAIT gelöscht, `l_vforkwaiting` gelöscht, Broadcast auf `l_waitcv` (der Elternprozess wird geweckt) – und erst danach wird der Zombie erzeugt und SIGCHLD an den Elternprozess gesendet (es wird standardmäßig ignoriert, also verworfen).
- Der geweckte Elternprozess braucht noch `proc_lock`, das der endende Kindprozess hält: Der Elternprozess kehrt erst aus fork zurück, nachdem der Kindprozess zum Zombie geworden ist, daher sammelt sein `wait` ihn sofort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent sleeps at L621-L622 until the child execs or exits.</source>
        <extracomment>scenarios/vfork-exit.json /processes/0/program/0/note</extracomment>
        <translation>Der Elternprozess schläft bei L621-L622, bis der Kindprozess exec aufruft oder endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running on the parent&apos;s address space.</source>
        <extracomment>scenarios/vfork-exit.json /processes/0/program/0/child/0/note</extracomment>
        <translation>Läuft im Adressraum des Elternprozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit1: the parent is woken first (l_waitcv broadcast), then SIGCHLD is posted.</source>
        <extracomment>scenarios/vfork-exit.json /processes/0/program/0/child/1/note</extracomment>
        <translation>exit1: Zuerst wird der Elternprozess geweckt (Broadcast auf l_waitcv), dann wird SIGCHLD gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child is already a zombie: reaped without sleeping.</source>
        <extracomment>scenarios/vfork-exit.json /processes/0/program/1/note</extracomment>
        <translation>Der Kindprozess ist bereits ein Zombie: eingesammelt, ohne zu schlafen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vfork while another thread runs</source>
        <extracomment>scenarios/vfork-threaded.json /title</extracomment>
        <translation>vfork, während ein anderer Thread läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vfork() blocks the calling LWP, not the process. A program&apos;s first thread vforks and sleeps on its own `l_waitcv` until the child execs (kern_fork.c L621-L622); meanwhile its second thread, `worker`, keeps running - and forks children of its own, contending with the vfork for the parent&apos;s `p_lock` and for `proc_lock`.

**Watch for:**

- The vfork parent LWP asleep on `l_waitcv` while the worker LWP of the same process is on a CPU.
- Two fork1() calls of one process at once: both take `p1-&gt;p_lock` (L458-L462) and `proc_lock` (L511 on), so one may spin or sleep on the other.
- The child&apos;s exec releasing only the LWP that vforked.</source>
        <extracomment>scenarios/vfork-threaded.json /description</extracomment>
        <translation>vfork() blockiert den aufrufenden LWP, nicht den Prozess. Der erste Thread eines Programms ruft vfork auf und schläft an seiner eigenen `l_waitcv`, bis der Kindprozess exec aufruft (kern_fork.c L621-L622); derweil läuft sein zweiter Thread, `worker`, weiter - und forkt eigene Kindprozesse, wobei er mit dem vfork um die `p_lock` des Elternprozesses und um `proc_lock` konkurriert.

**Achten Sie auf:**

- Den vfork-Eltern-LWP, der an `l_waitcv` schläft, während der worker-LWP desselben Prozesses auf einer CPU läuft.
- Zwei fork1()-Aufrufe eines Prozesses zugleich: Beide nehmen `p1-&gt;p_lock` (L458-L462) und `proc_lock` (ab L511), also kann einer am anderen spinnen oder schlafen.
- Das exec des Kindprozesses, das nur den LWP freigibt, der vfork aufgerufen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worker thread forks while the other thread may be inside vfork: the child gets one LWP, a copy of the worker.</source>
        <extracomment>scenarios/vfork-threaded.json /processes/0/program/0/program/1/body/0/note</extracomment>
        <translation>Der worker-Thread forkt, während der andere Thread vielleicht in vfork steckt: Der Kindprozess bekommt einen LWP, eine Kopie des workers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The worker ends; the process goes on with one LWP.</source>
        <extracomment>scenarios/vfork-threaded.json /processes/0/program/0/program/2/note</extracomment>
        <translation>Der worker endet; der Prozess läuft mit einem LWP weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vfork(): only this LWP sleeps on its l_waitcv until the child execs (L621-L622). The worker keeps running.</source>
        <extracomment>scenarios/vfork-threaded.json /processes/0/program/1/note</extracomment>
        <translation>vfork(): Nur dieser LWP schläft an seiner l_waitcv, bis der Kindprozess exec aufruft (L621-L622). Der worker läuft weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec releases the vfork parent&apos;s LWP.</source>
        <extracomment>scenarios/vfork-threaded.json /processes/0/program/1/child/1/note</extracomment>
        <translation>exec gibt den LWP des vfork-Elternprozesses frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time for the worker to finish; an exit now would make it leave early (exit_lwps).</source>
        <extracomment>scenarios/vfork-threaded.json /processes/0/program/3/note</extracomment>
        <translation>Zeit für den worker, fertig zu werden; ein exit jetzt ließe ihn vorzeitig gehen (exit_lwps).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait options: WNOHANG and WUNTRACED</source>
        <extracomment>scenarios/wait-options.json /title</extracomment>
        <translation>wait-Optionen: WNOHANG und WUNTRACED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two children show what the options of `wait` change.

**Watch for:**

- `WNOHANG`: when a matching child exists but has nothing to report, `wait` returns **0** at once instead of sleeping.
- `WUNTRACED`: a child stopped by a signal (here SIGSTOP) is reported as &quot;stopped by SIGSTOP&quot; - but only **once** (`p_waited`): the next `wait` with WUNTRACED|WNOHANG returns 0.
- Without WUNTRACED a stopped (untraced) child is not reported at all.
- `kill(SIGCONT)` lets it run on; the final `wait` reaps it.</source>
        <extracomment>scenarios/wait-options.json /description</extracomment>
        <translation>Zwei Kindprozesse zeigen, was die Optionen von `wait` ändern.

**Worauf achten:**

- `WNOHANG`: Wenn ein passender Kindprozess existiert, aber nichts zu melden hat, liefert `wait` sofort **0**, statt zu schlafen.
- `WUNTRACED`: Ein durch ein Signal gestoppter Kindprozess (hier SIGSTOP) wird als „stopped by SIGSTOP“ gemeldet – aber nur **einmal** (`p_waited`): Das nächste `wait` mit WUNTRACED|WNOHANG liefert 0.
- Ohne WUNTRACED wird ein gestoppter (nicht verfolgter) Kindprozess überhaupt nicht gemeldet.
- `kill(SIGCONT)` lässt ihn weiterlaufen; das letzte `wait` sammelt ihn ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slow is still running: WNOHANG returns 0 instead of sleeping.</source>
        <extracomment>scenarios/wait-options.json /processes/0/program/1/note</extracomment>
        <translation>slow läuft noch: WNOHANG liefert 0, statt zu schlafen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop myself until someone sends SIGCONT.</source>
        <extracomment>scenarios/wait-options.json /processes/0/program/2/child/0/note</extracomment>
        <translation>Mich selbst stoppen, bis jemand SIGCONT sendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WUNTRACED: report the stop.</source>
        <extracomment>scenarios/wait-options.json /processes/0/program/3/note</extracomment>
        <translation>WUNTRACED: den Stopp melden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already reported once (p_waited): 0.</source>
        <extracomment>scenarios/wait-options.json /processes/0/program/4/note</extracomment>
        <translation>Bereits einmal gemeldet (p_waited): 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without WUNTRACED a stopped child is never reported: 0.</source>
        <extracomment>scenarios/wait-options.json /processes/0/program/5/note</extracomment>
        <translation>Ohne WUNTRACED wird ein gestoppter Kindprozess nie gemeldet: 0.</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../ui/common/state_colors.cpp" line="+34"/>
        <source>being built (SIDL)</source>
        <translation>im Aufbau (SIDL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runnable</source>
        <translation>lauffähig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleeping</source>
        <translation>schläft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exiting</source>
        <translation>endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reaped</source>
        <translation>eingesammelt</translation>
    </message>
</context>
<context>
    <name>StepHeadline</name>
    <message>
        <location filename="../../ui/model/trace_search.cpp" line="+122"/>
        <source>You are the scheduler · step %1 · tick %2</source>
        <translation>Sie sind der Scheduler · Schritt %1 · Tick %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 of %2 · tick %3</source>
        <translation>Schritt %1 von %2 · Tick %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · just executed: %2</source>
        <translation>%1 · gerade ausgeführt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · no kernel step (user code, idle or a spin retry)</source>
        <translation>%1 · kein Kernelschritt (Benutzercode, Leerlauf oder erneutes Spinnen)</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../ui/export/step_list.cpp" line="+28"/>
        <source>No steps given: write them as 10,20,30 or 10-20.</source>
        <translation>Keine Schritte angegeben: bitte als 10,20,30 oder 10-20 schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a step or a range of steps (e.g. 10, 10-20 or 0-100/5).</source>
        <translation>„%1“ ist kein Schritt und kein Schrittbereich (z. B. 10, 10-20 oder 0-100/5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The range %1-%2 goes backwards: write %2-%1.</source>
        <translation>Der Bereich %1-%2 läuft rückwärts: bitte %2-%1 schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is past the end: the run has %2 steps (0-%2).</source>
        <translation>Schritt %1 liegt hinter dem Ende: der Lauf hat %2 Schritte (0-%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More than %1 steps: choose fewer, or a stride such as 0-%2/%3.</source>
        <translation>Mehr als %1 Schritte: bitte weniger wählen oder eine Schrittweite wie 0-%2/%3.</translation>
    </message>
</context>
<context>
    <name>fsui::BreakpointDialog</name>
    <message>
        <location filename="../../ui/shell/breakpoint_dialog.cpp" line="+19"/>
        <source>Breakpoints</source>
        <translation>Haltepunkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 516, fork1.children_insert, proc_lock, EAGAIN, SSTOP, 4</source>
        <translation>z. B. 516, fork1.children_insert, proc_lock, EAGAIN, SSTOP, 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>fsui::ChallengePanel</name>
    <message>
        <location filename="../../ui/classroom/challenge_panel.cpp" line="+50"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Must not happen first:</source>
        <translation>Darf nicht zuerst geschehen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last step you scheduled (Ctrl+Z)</source>
        <translation>Den zuletzt geplanten Schritt zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hint</source>
        <translation>&amp;Tipp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a &amp;Solution</source>
        <translation>Eine &amp;Lösung zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps per click: </source>
        <translation>Schritte pro Klick: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps a CPU button runs (it stops early when the goal is reached or missed); Undo takes the whole click back</source>
        <translation>Wie viele Schritte ein CPU-Knopf ausführt (er hält früher an, wenn das Ziel erreicht oder verfehlt ist); Rückgängig nimmt den ganzen Klick zurück</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(no challenges found in %1)</source>
        <translation>(keine Aufgaben in %1 gefunden)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This scenario has no challenge: pick one above.</source>
        <translation>Dieses Szenario hat keine Aufgabe: Wählen Sie oben eine aus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Challenge started: choose the CPU for every step (keys 0-9 or the CPU buttons). Ctrl+Z undoes.</source>
        <translation>Aufgabe gestartet: Wählen Sie für jeden Schritt die CPU (Tasten 0–9 oder die CPU-Knöpfe). Strg+Z nimmt zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run CPU %1</source>
        <translation>Auf CPU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execute the next step on CPU %1 (key %1)</source>
        <translation>Den nächsten Schritt auf CPU %1 ausführen (Taste %1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;p&gt;&lt;b&gt;You are the scheduler.&lt;/b&gt; Each challenge asks you to make something happen inside the kernel by choosing which CPU runs each step. Pick one and press Start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sie sind der Scheduler.&lt;/b&gt; Jede Aufgabe verlangt, dass im Kernel etwas Bestimmtes geschieht – allein dadurch, dass Sie wählen, welche CPU jeden Schritt ausführt. Wählen Sie eine Aufgabe und drücken Sie „Starten“.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You left scheduler mode. Press Restart to try again.</source>
        <translation>Sie haben den Scheduler-Modus verlassen. Drücken Sie „Neu starten“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Steps scheduled: %1 · par %2 · hints %3 · undos %4</source>
        <translation>Geplante Schritte: %1 · Richtwert %2 · Tipps %3 · Rücknahmen %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps scheduled: %1 · hints %2 · undos %3</source>
        <translation>Geplante Schritte: %1 · Tipps %2 · Rücknahmen %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(with the solution shown)</source>
        <translation>(mit angezeigter Lösung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At or under par.</source>
        <translation>Richtwert erreicht oder unterboten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At or under par, without hints!</source>
        <translation>Richtwert erreicht oder unterboten, ohne Tipps!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Par is %1: can you do it in fewer steps?</source>
        <translation>Der Richtwert ist %1: Schaffen Sie es in weniger Schritten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal reached at step %1. %2</source>
        <translation>Ziel bei Schritt %1 erreicht. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too late: %1 happened first. Undo (Ctrl+Z) and choose another CPU.</source>
        <translation>Zu spät: %1 geschah zuerst. Nehmen Sie den Schritt zurück (Strg+Z) und wählen Sie eine andere CPU.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run is over and the goal was not reached. Undo or Restart.</source>
        <translation>Der Lauf ist zu Ende, ohne dass das Ziel erreicht wurde. Nehmen Sie Schritte zurück oder starten Sie neu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hint %1:</source>
        <translation>Tipp %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;b&gt;One solution&lt;/b&gt; (CPU for each step from the start): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Eine Lösung&lt;/b&gt; (die CPU für jeden Schritt ab Beginn): %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fsui::ChangesView</name>
    <message>
        <location filename="../../ui/views/changes_view.cpp" line="+22"/>
        <source>&lt; Previous step</source>
        <translation>&lt; Voriger Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step &gt;</source>
        <translation>Nächster Schritt &gt;</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No run loaded.</source>
        <translation>Kein Lauf geladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before step 1: the machine has just booted.</source>
        <translation>Vor Schritt 1: Die Maschine ist gerade gebootet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has run yet. Step forward to see the first step.</source>
        <translation>Noch ist nichts gelaufen. Gehen Sie einen Schritt vor, um den ersten Schritt zu sehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CPU %1, pid %2</source>
        <translation>CPU %1, PID %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Step %1&lt;/b&gt; of %2 (tick %3): %4 %5</source>
        <translation>&lt;b&gt;Schritt %1&lt;/b&gt; von %2 (Tick %3): %4 %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events recorded in this step (%1)</source>
        <translation>In diesem Schritt aufgezeichnete Ereignisse (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none: CPU %1 retries mutex_enter() while another CPU holds the lock; the engine records only the first spin)</source>
        <translation>(keine: CPU %1 versucht mutex_enter() erneut, während eine andere CPU die Sperre hält; die Engine zeichnet nur den ersten Spin-Versuch auf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What changed in the kernel state (%1)</source>
        <translation>Was sich im Kernel-Zustand geändert hat (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no visible change)</source>
        <translation>(keine sichtbare Änderung)</translation>
    </message>
</context>
<context>
    <name>fsui::CpuView</name>
    <message>
        <location filename="../../ui/views/cpu_view.cpp" line="+18"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+17"/>
        <source>did %1</source>
        <translation>hat %1 ausgeführt</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>next: %1</source>
        <translation>als Nächstes: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>spinning on a lock</source>
        <translation>spinnt an einer Sperre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spinning on %1</source>
        <translation>spinnt an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spinning</source>
        <translation>spinnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running in the kernel</source>
        <translation>läuft im Kernel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running user code</source>
        <translation>führt Benutzercode aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the kernel</source>
        <translation>im Kernel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+210"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>run queue: empty</source>
        <translation>Run-Queue: leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run queue: %1</source>
        <translation>Run-Queue: %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Click a CPU (or press 0-9) to run the next step on it</source>
        <translation>CPU anklicken (oder 0–9 drücken): Sie führt den nächsten Schritt aus</translation>
    </message>
</context>
<context>
    <name>fsui::EventLogModel</name>
    <message>
        <location filename="../../ui/views/event_log_model.cpp" line="+28"/>
        <source>acquire</source>
        <translation>nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spin</source>
        <translation>spinnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleep</source>
        <translation>schlafen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create</source>
        <translation>erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish</source>
        <translation>veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reparent</source>
        <translation>umhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reap</source>
        <translation>einsammeln</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 enter %2</source>
        <translation>%1 Aufruf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed %2</source>
        <translation>%1 gescheitert %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 returned %2</source>
        <translation>%1 lieferte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (exited %1)</source>
        <translation> (beendet mit %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (stopped %1)</source>
        <translation> (gestoppt durch %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (signaled %1)</source>
        <translation> (beendet durch Signal %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+154"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>syscall</source>
        <translation>Syscall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cv</source>
        <translation>cv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proc</source>
        <translation>proc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lwp</source>
        <translation>lwp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sched</source>
        <translation>sched</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ptrace</source>
        <translation>ptrace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>knote</source>
        <translation>knote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expect</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>lock %1 %2 (owner %3)</source>
        <translation>Sperre %1 %2 (Besitzer %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lock %1 %2</source>
        <translation>Sperre %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait</source>
        <translation>warten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>broadcast</source>
        <translation>alle wecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wakeup</source>
        <translation>wecken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cv %1 %2 lwp %3</source>
        <translation>cv %1 %2 LWP %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cv %1 %2</source>
        <translation>cv %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proc %1 pid %2 (ppid %3) %4</source>
        <translation>proc %1 PID %2 (PPID %3) %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lwp %1 %2</source>
        <translation>LWP %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lwp %1</source>
        <translation>LWP %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>switch %1 -&gt; %2</source>
        <translation>Wechsel %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enqueue lwp %1 on CPU %2</source>
        <translation>LWP %1 in die Run-Queue von CPU %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU idle (was %1)</source>
        <translation>CPU im Leerlauf (vorher %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sched %1</source>
        <translation>sched %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>post</source>
        <translation>senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stop</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deliver</source>
        <translation>zustellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discard</source>
        <translation>verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signal %1 %2 to pid %3</source>
        <translation>Signal %2 an PID %3: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ptrace stop pid %1 (tracer %2)</source>
        <translation>ptrace-Stopp PID %1 (Tracer %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> other pid %1</source>
        <translation> andere PID %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>knote watcher %1 target %2 fflags 0x%3</source>
        <translation>knote Beobachter %1 Ziel %2 fflags 0x%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expect %1 ok</source>
        <translation>Erwartung %1 erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expect %1 FAILED: %2</source>
        <translation>Erwartung %1 NICHT ERFÜLLT: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note %1: %2</source>
        <translation>Notiz %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>LWP %1: %2</source>
        <translation>LWP %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tick</source>
        <translation>Tick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>fsui::EventLogView</name>
    <message>
        <location filename="../../ui/views/event_log_view.cpp" line="+19"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search details, e.g. proc_lock or fork1:516</source>
        <translation>Details durchsuchen, z. B. proc_lock oder fork1:516</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>filtering... %1%</source>
        <translation>filtere... %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All CPUs</source>
        <translation>Alle CPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No CPU</source>
        <translation>Keine CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
</context>
<context>
    <name>fsui::ExploreDialog</name>
    <message>
        <location filename="../../ui/classroom/explore_dialog.cpp" line="+22"/>
        <source>What Can Happen?</source>
        <translation>Was kann passieren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How often a CPU may be taken away from a process that could go on</source>
        <translation>Wie oft einem Prozess, der weiterlaufen könnte, die CPU weggenommen werden darf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Show Me</source>
        <translation>&amp;Zeig es mir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through a schedule that ends this way</source>
        <translation>Schritt für Schritt durch eine Reihenfolge, die so endet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run to the End</source>
        <translation>Bis zum &amp;Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preemptions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: the explorer runs this scenario on every order in which the CPUs can take their steps, and lists every different way it can end.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Der Explorer führt dieses Szenario in jeder Reihenfolge aus, in der die CPUs ihre Schritte machen können, und listet jeden unterschiedlichen Ausgang auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a scenario first.</source>
        <translation>Bitte zuerst ein Szenario öffnen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Exploring...</source>
        <translation>Erkunde...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exploring with at most %1 preemptions: %2 states, %3 schedules so far...</source>
        <translation>Erkunde mit höchstens %1 Verdrängungen: bisher %2 Zustände, %3 Reihenfolgen...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>every schedule with at most %1 preemptions was tried</source>
        <translation>jede Reihenfolge mit höchstens %1 Verdrängungen wurde ausprobiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped early (%1): complete up to %2 preemptions</source>
        <translation>vorzeitig beendet (%1): vollständig bis %2 Verdrängungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 states, %2 schedules; %3.</source>
        <translation>%1 Zustände, %2 Reihenfolgen; %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem (%1): %2</source>
        <translation>Problem (%1): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outcome %1 (%2 schedules)</source>
        <translation>Ausgang %1 (%2 Reihenfolgen)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Pick an outcome, then Show Me.</source>
        <translation>Einen Ausgang wählen, dann „Zeig es mir“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2: next on CPU %3</source>
        <translation>Schritt %1 von %2: als Nächstes CPU %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All %1 steps taken: this is how it ends.</source>
        <translation>Alle %1 Schritte gemacht: So endet es.</translation>
    </message>
</context>
<context>
    <name>fsui::ExportStepsDialog</name>
    <message>
        <location filename="../../ui/export/export_dialog.cpp" line="+23"/>
        <source>Export Animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Steps as PDF</source>
        <translation>Schritte als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Steps</source>
        <translation>Schritte drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10,20,30 or 10-20 or 0-100/5</source>
        <translation>z. B. 10,20,30 oder 10-20 oder 0-100/5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Step 0 is the machine before the first step; this run has %n step(s). A range with /5 takes every fifth step.</source>
        <translation>
            <numerusform>Schritt 0 ist die Maschine vor dem ersten Schritt; dieser Lauf hat %n Schritt. Ein Bereich mit /5 nimmt jeden fünften Schritt.</numerusform>
            <numerusform>Schritt 0 ist die Maschine vor dem ersten Schritt; dieser Lauf hat %n Schritte. Ein Bereich mit /5 nimmt jeden fünften Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole run would be more than %1 frames, so only one step in %2 is taken. Change the steps to show part of the run step by step.</source>
        <translation>Der ganze Lauf ergäbe mehr als %1 Bilder, deshalb wird nur jeder %2. Schritt genommen. Ändern Sie die Schritte, um einen Teil des Laufs Schritt für Schritt zu zeigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered PNG images in a folder</source>
        <translation>Nummerierte PNG-Bilder in einem Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each frame &amp;shows for:</source>
        <translation>Jedes Bild &amp;steht für:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1280 x 720 (slides, 16:9)</source>
        <translation>1280 x 720 (Folien, 16:9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1920 x 1080 (full HD)</source>
        <translation>1920 x 1080 (Full HD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1024 x 768 (4:3 projector)</source>
        <translation>1024 x 768 (4:3-Beamer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>800 x 450 (small, for the web)</source>
        <translation>800 x 450 (klein, fürs Web)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame si&amp;ze:</source>
        <translation>Bild&amp;größe:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n page(s), one step on each, landscape.</source>
        <translation>
            <numerusform>%n Seite, ein Schritt auf jeder, Querformat.</numerusform>
            <numerusform>%n Seiten, ein Schritt auf jeder, Querformat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n PNG image(s), one per step.</source>
        <translation>
            <numerusform>%n PNG-Bild, eines je Schritt.</numerusform>
            <numerusform>%n PNG-Bilder, eines je Schritt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n frame(s), %1 s in all; the animation loops.</source>
        <translation>
            <numerusform>%n Bild, %1 s insgesamt; die Animation wiederholt sich.</numerusform>
            <numerusform>%n Bilder, %1 s insgesamt; die Animation wiederholt sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::ForkpyDialog</name>
    <message>
        <location filename="../../ui/classroom/forkpy_dialog.cpp" line="+35"/>
        <source>fork.py Problems</source>
        <translation>fork.py-Aufgaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same seed gives the same problem on every computer</source>
        <translation>Derselbe Seed ergibt auf jedem Rechner dieselbe Aufgabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fork.py -R (orphans go to the local parent)</source>
        <translation>fork.py -R (Waisen gehen an den lokalen Elternprozess)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Seed</source>
        <translation>&amp;Nächster Seed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Actions:</source>
        <translation>A&amp;ktionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fork &amp;probability:</source>
        <translation>Fork-&amp;Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Max processes:</source>
        <translation>&amp;Max. Prozesse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or type fork.py actions, e.g. a+b,b+c,c-,a+d</source>
        <translation>oder fork.py-Aktionen eingeben, z. B. a+b,b+c,c-,a+d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;own:</source>
        <translation>Ei&amp;gene:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draw the process tree after each action on paper, then press Show Answer.</source>
        <translation>Zeichnen Sie den Prozessbaum nach jeder Aktion auf Papier und drücken Sie dann „Lösung zeigen“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;Answer</source>
        <translation>&amp;Lösung zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch It Run</source>
        <translation>&amp;Ablauf ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the problem as a scenario in the main window</source>
        <translation>Die Aufgabe als Szenario im Hauptfenster öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer key (NetBSD&apos;s tree | fork.py&apos;s tree):</source>
        <translation>Lösung (Baum von NetBSD | Baum von fork.py):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fork.py %1.json</source>
        <translation>fork.py %1.json</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot use these actions:
%1</source>
        <translation>Diese Aktionen sind nicht verwendbar:
%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1. %2 forks %3</source>
        <translation>%1. %2 forkt %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2 exits</source>
        <translation>%1. %2 endet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Problem (%1):&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Process a is running. What does the process tree look like after each action? Who adopts the children of a process that exits?</source>
        <translation>&lt;b&gt;Aufgabe (%1):&lt;/b&gt; &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Prozess a läuft. Wie sieht der Prozessbaum nach jeder Aktion aus? Wer adoptiert die Kindprozesse eines Prozesses, der endet?</translation>
    </message>
</context>
<context>
    <name>fsui::HelpWindow</name>
    <message>
        <location filename="../../ui/shell/help_window.cpp" line="+31"/>
        <source>Forkscope</source>
        <translation>Forkscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teaching guide</source>
        <translation>Leitfaden für die Lehre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundled scenarios</source>
        <translation>Die mitgelieferten Szenarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quiz</source>
        <translation>Das Quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classroom problems</source>
        <translation>Aufgaben für die Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can happen? (explore)</source>
        <translation>Was kann passieren? (explore)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario format</source>
        <translation>Szenario-Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario format extensions</source>
        <translation>Erweiterungen des Szenario-Formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace format and CLI</source>
        <translation>Aufzeichnungsformat und Kommandozeile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forkscope Manual</source>
        <translation>Forkscope-Handbuch</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Other keys</source>
        <translation>Weitere Tasten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenario Editor (while it has the focus)</source>
        <translation>Szenario-Editor (solange er den Fokus hat)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Third-party components&lt;/h3&gt;&lt;p&gt;Forkscope itself is free software under the GNU General Public License, version 3 or later. It is built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Qt Widgets, Charts, SVG, Print Support, Concurrent), used under the GNU Lesser General Public License, version 3: &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io/licensing&lt;/a&gt;, full text at &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;gnu.org/licenses/lgpl-3.0&lt;/a&gt;. See also Help &amp;gt; About Qt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QCustomPlot&lt;/b&gt; by Emanuel Eichhammer (the timeline), under the GNU General Public License, version 3: &lt;a href=&quot;https://www.qcustomplot.com&quot;&gt;qcustomplot.com&lt;/a&gt;, full text at &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;JSON for Modern C++&lt;/b&gt; (nlohmann/json) by Niels Lohmann (scenarios and traces), under the MIT License: &lt;a href=&quot;https://github.com/nlohmann/json&quot;&gt;github.com/nlohmann/json&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;MIT License (nlohmann/json)&lt;/h4&gt;&lt;p&gt;Copyright (c) 2013-2022 Niels Lohmann&lt;/p&gt;&lt;p&gt;Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the &quot;Software&quot;), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:&lt;/p&gt;&lt;p&gt;The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.&lt;/p&gt;&lt;p&gt;THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Komponenten von Drittanbietern&lt;/h3&gt;&lt;p&gt;Forkscope selbst ist freie Software unter der GNU General Public License, Version 3 oder später. Es ist gebaut mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt %1&lt;/b&gt; (Qt Widgets, Charts, SVG, Print Support, Concurrent), verwendet unter der GNU Lesser General Public License, Version 3: &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io/licensing&lt;/a&gt;, vollständiger Text unter &lt;a href=&quot;https://www.gnu.org/licenses/lgpl-3.0.html&quot;&gt;gnu.org/licenses/lgpl-3.0&lt;/a&gt;. Siehe auch Hilfe &amp;gt; Über Qt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;QCustomPlot&lt;/b&gt; von Emanuel Eichhammer (die Zeitleiste), unter der GNU General Public License, Version 3: &lt;a href=&quot;https://www.qcustomplot.com&quot;&gt;qcustomplot.com&lt;/a&gt;, vollständiger Text unter &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;JSON for Modern C++&lt;/b&gt; (nlohmann/json) von Niels Lohmann (Szenarien und Aufzeichnungen), unter der MIT License: &lt;a href=&quot;https://github.com/nlohmann/json&quot;&gt;github.com/nlohmann/json&lt;/a&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;MIT License (nlohmann/json)&lt;/h4&gt;&lt;p&gt;Copyright (c) 2013-2022 Niels Lohmann&lt;/p&gt;&lt;p&gt;Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the &quot;Software&quot;), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:&lt;/p&gt;&lt;p&gt;The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.&lt;/p&gt;&lt;p&gt;THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fsui::KernForkView</name>
    <message>
        <location filename="../../ui/views/kern_fork_view.cpp" line="+104"/>
        <source>&lt;h3&gt;Read the real fork1() beside the model&lt;/h3&gt;&lt;p&gt;Forkscope follows NetBSD&apos;s &lt;b&gt;sys/kern/kern_fork.c, revision 1.231&lt;/b&gt;, line by line. The file is not bundled; with your own copy here, every CPU&apos;s current step is highlighted in it and F9 sets a breakpoint on a line.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Get revision 1.231&lt;/b&gt; (save it as &lt;code&gt;kern_fork.c&lt;/code&gt;):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NetBSD CVSweb: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (choose &lt;i&gt;download&lt;/i&gt;), or with CVS: &lt;code&gt;cvs -d anoncvs@anoncvs.NetBSD.org:/cvsroot co -r1.231 src/sys/kern/kern_fork.c&lt;/code&gt;&lt;/li&gt;&lt;li&gt;The NetBSD/src mirror on GitHub: &lt;a href=&quot;%2&quot;&gt;github.com/NetBSD/src&lt;/a&gt;, path &lt;code&gt;sys/kern/kern_fork.c&lt;/code&gt;: pick the commit whose &lt;code&gt;$NetBSD: kern_fork.c,v 1.231&lt;/code&gt; line matches.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Then click &lt;b&gt;Open kern_fork.c...&lt;/b&gt; below, or drag the file onto this view. Another revision opens too, with a warning that lines may not match.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Das echte fork1() neben dem Modell lesen&lt;/h3&gt;&lt;p&gt;Forkscope folgt NetBSDs &lt;b&gt;sys/kern/kern_fork.c, Revision 1.231&lt;/b&gt;, Zeile für Zeile. Die Datei wird nicht mitgeliefert; mit Ihrer eigenen Kopie hier wird der aktuelle Schritt jeder CPU darin hervorgehoben, und F9 setzt einen Haltepunkt auf eine Zeile.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Revision 1.231 besorgen&lt;/b&gt; (als &lt;code&gt;kern_fork.c&lt;/code&gt; speichern):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NetBSD CVSweb: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (&lt;i&gt;download&lt;/i&gt; wählen), oder mit CVS: &lt;code&gt;cvs -d anoncvs@anoncvs.NetBSD.org:/cvsroot co -r1.231 src/sys/kern/kern_fork.c&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Der NetBSD/src-Spiegel auf GitHub: &lt;a href=&quot;%2&quot;&gt;github.com/NetBSD/src&lt;/a&gt;, Pfad &lt;code&gt;sys/kern/kern_fork.c&lt;/code&gt;: den Commit wählen, dessen Zeile &lt;code&gt;$NetBSD: kern_fork.c,v 1.231&lt;/code&gt; passt.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Dann unten auf &lt;b&gt;kern_fork.c öffnen...&lt;/b&gt; klicken oder die Datei auf diese Ansicht ziehen. Eine andere Revision öffnet sich auch, mit dem Hinweis, dass Zeilen abweichen können.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open kern_fork.c...</source>
        <translation>kern_fork.c öffnen...</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file has no $NetBSD: kern_fork.c,v ...$ id: line numbers may not match the model (kern_fork.c revision 1.231).</source>
        <translation>Diese Datei hat keine $NetBSD: kern_fork.c,v ...$-Kennung: Die Zeilennummern passen womöglich nicht zum Modell (kern_fork.c Revision 1.231).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is kern_fork.c revision %1; the model follows revision 1.231, so highlighted lines may be off.</source>
        <translation>Dies ist kern_fork.c in Revision %1; das Modell folgt Revision 1.231, daher können hervorgehobene Zeilen abweichen.</translation>
    </message>
</context>
<context>
    <name>fsui::LoadProgress</name>
    <message>
        <location filename="../../ui/shell/load_progress.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop opening the file; the run on screen stays.</source>
        <translation>Das Öffnen abbrechen; der angezeigte Lauf bleibt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet ...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen ...</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Recording %1: %Ln step(s)...</source>
        <translation>
            <numerusform>%1 wird aufgezeichnet: %Ln Schritt ...</numerusform>
            <numerusform>%1 wird aufgezeichnet: %Ln Schritte ...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::LockView</name>
    <message>
        <location filename="../../ui/views/lock_view.cpp" line="+18"/>
        <source>Locks and wait channels</source>
        <translation>Sperren und Wartekanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+59"/>
        <source>Lock or channel</source>
        <translation>Sperre oder Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Mutexes</source>
        <translation>Mutexe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 on CPU %2</source>
        <translation>%1 auf CPU %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held by %1</source>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running on CPU %1</source>
        <translation>läuft auf CPU %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>was spinning, takes it next</source>
        <translation>hat aktiv gewartet, bekommt sie als Nächstes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spinning</source>
        <translation>spinnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>asleep on turnstile #%1</source>
        <translation>schläft im Turnstile (#%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n idle p_lock(s)</source>
        <translation>
            <numerusform>%n unbenutzter p_lock</numerusform>
            <numerusform>%n unbenutzte p_locks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Condition variables and sleeps</source>
        <translation>Bedingungsvariablen und Schlafen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nobody is asleep</source>
        <translation>niemand schläft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the vfork parent, blocked</source>
        <translation>der vfork-Elternprozess, blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in wait()</source>
        <translation>in wait()</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in exit_lwps()</source>
        <translation>in exit_lwps()</translation>
    </message>
</context>
<context>
    <name>fsui::MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="+48"/>
        <location filename="../../ui/shell/main_window_run.cpp" line="+301"/>
        <source>Forkscope</source>
        <translation>Forkscope</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Narration</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks and Wait Channels</source>
        <translation>Sperren und Wartekanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 Step by Step</source>
        <translation>fork1 schrittweise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kern_fork.c</source>
        <translation>kern_fork.c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario Editor</source>
        <translation>Szenario-Editor</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <location filename="../../ui/shell/main_window_run.cpp" line="-150"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary Charts</source>
        <translation>Übersichtsdiagramme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduler Challenge</source>
        <translation>Scheduler-Aufgabe</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Transport</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Scheduler</source>
        <translation>&amp;Scheduler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Classroom</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window_run.cpp" line="-79"/>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Held at step %1: answer the question first.</source>
        <translation>Angehalten bei Schritt %1: Beantworten Sie zuerst die Frage.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source> · %1 passed, %2 failed</source>
        <translation> · %1 erfüllt, %2 verfehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quiz: question %1 — Forkscope</source>
        <translation>Quiz: Frage %1 — Forkscope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Forkscope</source>
        <translation>%1 — Forkscope</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.cpp" line="+70"/>
        <source>Cannot open the scenario</source>
        <translation>Das Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Process tree</source>
        <translation>Prozessbaum</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Challenge</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;New Scenario from Template</source>
        <translation>Neues Szenario aus &amp;Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window_run.cpp" line="-230"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Breakpoint at step %1: %2</source>
        <translation>Haltepunkt bei Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CPU %1 has nothing to run.</source>
        <translation>CPU %1 hat nichts auszuführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone: back to step %1.</source>
        <translation>Rückgängig gemacht: zurück bei Schritt %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>untitled.json</source>
        <translation>unbenannt.json</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Timeline: your schedule, from recorded step %1</source>
        <translation>Zeitleiste: Ihr Ablauf, ab aufgezeichnetem Schritt %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>pid %1 %2: %3, child of %4</source>
        <translation>PID %1 %2: %3, Kind von %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid %1 %2: %3, not linked to a parent yet</source>
        <translation>PID %1 %2: %3, noch mit keinem Elternprozess verknüpft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU %1: pid %2 %3, %4%5</source>
        <translation>CPU %1: PID %2 %3, %4%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, spinning on a lock</source>
        <translation>, dreht sich an einer Sperre (spin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU %1: idle</source>
        <translation>CPU %1: untätig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2, tick %3, nprocs %4</source>
        <translation>Schritt %1 von %2, Tick %3, nprocs %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No scenario: open one with Ctrl+O or pick one under Scenarios</source>
        <translation>Kein Szenario: Öffnen Sie eines mit Strg+O oder wählen Sie eines unter Szenarien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduler mode · step %1 (from recorded step %2)</source>
        <translation>Scheduler-Modus · Schritt %1 (ab aufgezeichnetem Schritt %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tick %1 · nprocs %2</source>
        <translation>Tick %1 · nprocs %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadlock</source>
        <translation>Verklemmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step limit reached</source>
        <translation>Schrittgrenze erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time limit reached (machine.max_ticks)</source>
        <translation>Zeitlimit erreicht (machine.max_ticks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · expectations %1 passed, %2 failed</source>
        <translation> · Erwartungen: %1 erfüllt, %2 verfehlt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.cpp" line="+108"/>
        <source>... and %n more error(s): see Show Details.</source>
        <translation>
            <numerusform>... und %n weiterer Fehler: siehe Details einblenden.</numerusform>
            <numerusform>... und %n weitere Fehler: siehe Details einblenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: no such file or bundled scenario</source>
        <translation>%1: weder eine Datei noch ein mitgeliefertes Szenario</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window_actions.cpp" line="+131"/>
        <source>About Forkscope</source>
        <translation>Über Forkscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Forkscope %1&lt;/h3&gt;&lt;p&gt;Watch NetBSD&apos;s fork1() (kern_fork.c revision 1.231) run on a simulated SMP machine, step by step, forwards and backwards.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Forkscope %1&lt;/h3&gt;&lt;p&gt;Sehen Sie NetBSDs fork1() (kern_fork.c Revision 1.231) auf einer simulierten SMP-Maschine laufen, Schritt für Schritt, vorwärts und rückwärts.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open Scenario or Trace</source>
        <translation>Szenario oder Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+84"/>
        <location line="+12"/>
        <location line="+30"/>
        <source>Open a scenario first.</source>
        <translation>Öffnen Sie zuerst ein Szenario.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Scenarios and traces (*.json *.json.gz);;All files (*)</source>
        <translation>Szenarien und Traces (*.json *.json.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimal: fork and wait</source>
        <translation>Minimal: fork und wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vfork, then exec</source>
        <translation>vfork, dann exec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A traced process forks (ptrace)</source>
        <translation>Ein verfolgter Prozess ruft fork auf (ptrace)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to edit</source>
        <translation>Nichts zu bearbeiten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A new scenario from a template: change it, then Run (Ctrl+R) or Save (Ctrl+S) in the editor.</source>
        <translation>Ein neues Szenario aus einer Vorlage: Ändern Sie es, dann im Editor Ausführen (Strg+R) oder Speichern (Strg+S).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third-Party Licences</source>
        <translation>Lizenzen von Drittanbietern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Trace</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the trace</source>
        <translation>Die Aufzeichnung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Export Chrome Trace</source>
        <translation>Chrome-Trace exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the trace</source>
        <translation>Die Aufzeichnung kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 (open it in Perfetto UI or chrome://tracing)</source>
        <translation>%1 exportiert (öffnen Sie die Datei in Perfetto UI oder chrome://tracing)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cannot export the view</source>
        <translation>Die Ansicht kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export Handout</source>
        <translation>Handzettel exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-step-%2.png</source>
        <translation>%1-schritt-%2.png</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export the handout</source>
        <translation>Der Handzettel kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step %1 of %2 · tick %3 · nprocs %4</source>
        <translation>Schritt %1 von %2 · Tick %3 · nprocs %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open your copy of kern_fork.c</source>
        <translation>Ihre Kopie von kern_fork.c öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C source (*.c);;All files (*)</source>
        <translation>C-Quelltext (*.c);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open kern_fork.c</source>
        <translation>kern_fork.c kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to Step</source>
        <translation>Gehe zu Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step (0 - %1):</source>
        <translation>Schritt (0–%1):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a step in &quot;fork1 Step by Step&quot; first.</source>
        <translation>Wählen Sie zuerst einen Schritt in „fork1 schrittweise“.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <source>Breakpoint set: %1</source>
        <translation>Haltepunkt gesetzt: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Forkscope trace (*.json);;Compressed Forkscope trace (*.json.gz)</source>
        <translation>Forkscope-Trace (*.json);;Komprimierter Forkscope-Trace (*.json.gz)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chrome Trace Event JSON (*.json);;Compressed Chrome Trace Event JSON (*.json.gz)</source>
        <translation>Chrome-Trace-Event-JSON (*.json);;Komprimiertes Chrome-Trace-Event-JSON (*.json.gz)</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+18"/>
        <source>Breakpoint removed: %1</source>
        <translation>Haltepunkt entfernt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No breakpoints: click the gutter of a step, press F9, or use Go &gt; Breakpoints.</source>
        <translation>Keine Haltepunkte: Klicken Sie in den Rand neben einem Schritt, drücken Sie F9 oder verwenden Sie Gehe zu &gt; Haltepunkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No breakpoint is hit between here and the end of the run.</source>
        <translation>Zwischen hier und dem Ende des Laufs wird kein Haltepunkt erreicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answer the quiz question first.</source>
        <translation>Beantworten Sie zuerst die Quizfrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are the scheduler: press 0-9 or click a CPU lane to run the next step there.</source>
        <translation>Sie sind der Scheduler: Drücken Sie 0–9 oder klicken Sie auf eine CPU-Spur, um dort den nächsten Schritt auszuführen.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window_layouts.cpp" line="+39"/>
        <source>La&amp;youts</source>
        <translation>La&amp;youts</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Save Current As...</source>
        <translation>Aktuelles &amp;speichern unter...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Layout</source>
        <translation>Layout speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this layout:</source>
        <translation>Name dieses Layouts:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no saved layouts)</source>
        <translation>(keine gespeicherten Layouts)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Layout &quot;%1&quot; saved (View &gt; Layouts).</source>
        <translation>Layout „%1“ gespeichert (Ansicht &gt; Layouts).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window_program.cpp" line="+17"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>fsui::NarrationView</name>
    <message>
        <location filename="../../ui/views/narration_view.cpp" line="+33"/>
        <source>Narration</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Scenario note:</source>
        <translation>Hinweis des Szenarios:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&lt;p&gt;The machine has just booted. Press &lt;b&gt;→&lt;/b&gt; (or Space to play) to execute the first step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Maschine ist gerade gebootet. Drücken Sie &lt;b&gt;→&lt;/b&gt; (oder zum Abspielen die Leertaste), um den ersten Schritt auszuführen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; keeps spinning: it retries the same &lt;code&gt;mutex_enter&lt;/code&gt; while the owner runs on another CPU.</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; spinnt weiter: Er wiederholt dasselbe &lt;code&gt;mutex_enter&lt;/code&gt;, während der Besitzer auf einer anderen CPU läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;No kernel step in this step: the CPUs ran user code or were idle.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Kernel-Schritt in diesem Schritt: Die CPUs führten Benutzercode aus oder waren im Leerlauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Next, on each CPU&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Als Nächstes, auf jeder CPU&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>fsui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/shell/preferences_dialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The language changes the next time Forkscope starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Forkscope.</translation>
    </message>
</context>
<context>
    <name>fsui::ProcNodeItem</name>
    <message>
        <location filename="../../ui/views/proc_node_item.cpp" line="+52"/>
        <source>
Chips: filled = shared with the parent, dashed = copied</source>
        <translation>
Chips: gefüllt = mit dem Elternprozess geteilt, gestrichelt = kopiert</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>reaped</source>
        <translation>eingesammelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traced</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vfork wait</source>
        <translation>vfork-Warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopfork</source>
        <translation>stopfork</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uid %1</source>
        <translation>UID %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>p_lock</source>
        <translation>p_lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vm</source>
        <translation>vm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cwd</source>
        <translation>cwd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigacts</source>
        <translation>sigacts</translation>
    </message>
</context>
<context>
    <name>fsui::ProcTreeView</name>
    <message>
        <location filename="../../ui/views/proc_tree_view.cpp" line="+53"/>
        <source>Process tree</source>
        <translation>Prozessbaum</translation>
    </message>
    <message>
        <location filename="../../ui/views/proc_node_text.cpp" line="+59"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asleep on %1</source>
        <translation>schläft auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spinning · %1</source>
        <translation>spinnt · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next: %1</source>
        <translation>als Nächstes: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit status %1 · waiting to be reaped</source>
        <translation>Exit-Status %1 · wartet aufs Einsammeln</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>being built by fork1()</source>
        <translation>wird von fork1() aufgebaut</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on CPU %1</source>
        <translation>auf CPU %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runnable</source>
        <translation>lauffähig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vfork wait</source>
        <translation>vfork-Warten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>asleep</source>
        <translation>schläft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LWPs %1</source>
        <translation>LWPs %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>by fork1()</source>
        <translation>durch fork1()</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+47"/>
        <source>LWP %1 %2</source>
        <translation>LWP %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+6"/>
        <source>%n LWP(s)</source>
        <translation>
            <numerusform>%n LWP</numerusform>
            <numerusform>%n LWPs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/proc_tree_view.cpp" line="+218"/>
        <source>debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>real parent (p_ppid)</source>
        <translation>echter Elternprozess (p_ppid)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 · CPU %2</source>
        <translation>%1 · CPU %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Whole tree at %1%, too small for names (hover a card): + or Ctrl+wheel zooms in, Ctrl+0 fits</source>
        <translation>Ganzer Baum bei %1 %, zu klein für Namen (Maus auf eine Karte): + oder Strg+Mausrad vergrößert, Strg+0 passt ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoomed in: drag to move, - zooms out, Ctrl+0 fits</source>
        <translation>Vergrößert: ziehen zum Verschieben, - verkleinert, Strg+0 passt ein</translation>
    </message>
</context>
<context>
    <name>fsui::ProgramView</name>
    <message>
        <location filename="../../ui/views/program_view.cpp" line="+25"/>
        <source>&amp;Process:</source>
        <translation>&amp;Prozess:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Process whose program is shown</source>
        <translation>Prozess, dessen Programm gezeigt wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last to run</source>
        <translation>Zuletzt gelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The process whose step just ran</source>
        <translation>Der Prozess, dessen Schritt gerade lief</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>pid %1 %2</source>
        <translation>PID %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;pid %1 %2&lt;/b&gt;: %3</source>
        <translation>&lt;b&gt;PID %1 %2&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No process to show.</source>
        <translation>Kein Prozess anzuzeigen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(iteration %1 of %2)</source>
        <translation>(Durchlauf %1 von %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the kernel</source>
        <translation>im Kernel</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>computing, %n tick(s) left</source>
        <translation>
            <numerusform>rechnet, noch %n Tick</numerusform>
            <numerusform>rechnet, noch %n Ticks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next, after the kernel</source>
        <translation>als Nächstes, nach dem Kernel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>in the kernel, inside its %1 system call</source>
        <translation>im Kernel, in seinem Systemaufruf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computing in user mode</source>
        <translation>rechnet im Benutzermodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in user mode; %1 runs next</source>
        <translation>im Benutzermodus; als Nächstes läuft %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>returning from fork in the kernel; then %1</source>
        <translation>kehrt im Kernel aus fork zurück; danach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the kernel; %1 runs when it is back in user mode</source>
        <translation>im Kernel; %1 läuft, sobald er wieder im Benutzermodus ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its program has ended</source>
        <translation>sein Programm ist zu Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no program yet: fork1 is still building it</source>
        <translation>noch kein Programm: fork1 baut ihn noch</translation>
    </message>
</context>
<context>
    <name>fsui::QuizPanel</name>
    <message>
        <location filename="../../ui/classroom/quiz_panel.cpp" line="+84"/>
        <location line="+106"/>
        <source>&amp;Start the Quiz</source>
        <translation>Quiz &amp;starten</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&amp;Answer</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop &amp;Quiz</source>
        <translation>&amp;Quiz beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+268"/>
        <source>&amp;Next Question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Open a scenario first: the quiz asks about the run on screen.</source>
        <translation>Öffnen Sie zuerst ein Szenario: Das Quiz fragt nach dem angezeigten Lauf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Predict what the kernel does next.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The run stops just before a moment that matters: a system call returns, a lock is contended, a process stops or exits. You can look at every view and step backwards, but not forwards. Pick an answer; the run then moves on and shows what NetBSD did, and why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sagen Sie voraus, was der Kernel als Nächstes tut.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Der Lauf hält kurz vor einem entscheidenden Moment an: Ein Systemaufruf kehrt zurück, eine Sperre ist umkämpft, ein Prozess stoppt oder endet. Sie können sich jede Ansicht ansehen und rückwärts gehen, aber nicht vorwärts. Wählen Sie eine Antwort; danach geht der Lauf weiter und zeigt, was NetBSD getan hat und warum.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;p&gt;This run has no moment the quiz can ask about (no fork, wait, lock contention, stop or exit whose outcome could be predicted). Try another scenario, e.g. &lt;i&gt;maxproc-storm&lt;/i&gt; or &lt;i&gt;proc-lock-spin&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In diesem Lauf gibt es keinen Moment, nach dem das Quiz fragen könnte (kein fork, wait, Sperrkonflikt, Stopp oder Ende, dessen Ausgang sich vorhersagen ließe). Versuchen Sie ein anderes Szenario, z. B. &lt;i&gt;maxproc-storm&lt;/i&gt; oder &lt;i&gt;proc-lock-spin&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Question %1 of %2 · step %3 · score %4/%5</source>
        <translation>Frage %1 von %2 · Schritt %3 · Punkte %4/%5</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Held at step %1 until you answer.</source>
        <translation>Angehalten bei Schritt %1, bis Sie antworten.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Question %1 of %2 · score %3/%4</source>
        <translation>Frage %1 von %2 · Punkte %3/%4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not quite: the answer is %1.</source>
        <translation>Nicht ganz: Die Antwort ist %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now at step %1, where it happens. Score %2/%3.</source>
        <translation>Jetzt bei Schritt %1, wo es geschieht. Punkte: %2/%3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kern_fork.c line %1</source>
        <translation>kern_fork.c, Zeile %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the &amp;Result</source>
        <translation>&amp;Ergebnis ansehen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&lt;b&gt;Quiz finished: %1 of %2 right.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quiz beendet: %1 von %2 richtig.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your best on this scenario so far: %1 of %2.</source>
        <translation>Ihr bisher bestes Ergebnis in diesem Szenario: %1 von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Try Again (choices reshuffled)</source>
        <translation>Noch ein&amp;mal (Antworten neu gemischt)</translation>
    </message>
</context>
<context>
    <name>fsui::ScenarioBrowser</name>
    <message>
        <location filename="../../ui/shell/scenario_browser.cpp" line="+29"/>
        <source>Filter by title, description, tag or file name</source>
        <translation>Nach Titel, Beschreibung, Tag oder Dateiname filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rescan</source>
        <translation>Neu einlesen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No scenarios found in `%1`.</source>
        <translation>Keine Szenarien in `%1` gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scenario matches the filter.</source>
        <translation>Kein Szenario passt zum Filter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>**This file is not a valid scenario.** Open it in the editor to fix it.</source>
        <translation>**Diese Datei ist kein gültiges Szenario.** Öffnen Sie sie im Editor, um sie zu korrigieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>*Tags:* %1</source>
        <translation>*Tags:* %1</translation>
    </message>
</context>
<context>
    <name>fsui::ScenarioEditor</name>
    <message>
        <location filename="../../ui/editor/scenario_editor.cpp" line="+78"/>
        <source>Open...</source>
        <translation>Öffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As...</source>
        <translation>Speichern unter...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>untitled.json</source>
        <translation>unbenannt.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a scenario here, open one, or start from File &gt; New Scenario from Template.</source>
        <translation>Tippen Sie hier ein Szenario, öffnen Sie eines oder beginnen Sie mit Datei &gt; Neues Szenario aus Vorlage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004;&lt;/span&gt; Valid scenario: %2</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10004;&lt;/span&gt; Gültiges Szenario: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n error(s): fix them to run</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n Fehler: vor dem Ausführen beheben</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n Fehler: vor dem Ausführen beheben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &lt;b&gt;(modified)&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;(geändert)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scenario has unsaved changes. Save them?</source>
        <translation>Das Szenario hat ungespeicherte Änderungen. Jetzt speichern?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
</context>
<context>
    <name>fsui::Session</name>
    <message>
        <location filename="../../ui/model/session_load.cpp" line="+41"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/model/session.cpp" line="+53"/>
        <location filename="../../ui/model/session_load.cpp" line="+31"/>
        <source>%1: unreadable</source>
        <translation>%1: nicht lesbar</translation>
    </message>
</context>
<context>
    <name>fsui::SourceView</name>
    <message>
        <location filename="../../ui/views/source_view.cpp" line="+22"/>
        <source>fork1 step by step</source>
        <translation>fork1 schrittweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
</context>
<context>
    <name>fsui::SummaryCharts</name>
    <message>
        <location filename="../../ui/timeline/summary_charts.cpp" line="+203"/>
        <source>Whole run (otherwise: up to the current step)</source>
        <translation>Ganzer Lauf (sonst: bis zum aktuellen Schritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fork-family calls by result</source>
        <translation>Aufrufe der fork-Familie nach Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock contention (busiest locks)</source>
        <translation>Sperrkonflikte (meistgenutzte Sperren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU utilisation (% of ticks)</source>
        <translation>CPU-Auslastung (% der Ticks)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAGAIN</source>
        <translation>EAGAIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENOMEM</source>
        <translation>ENOMEM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EINVAL</source>
        <translation>EINVAL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fork family</source>
        <translation>fork-Familie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>acquires</source>
        <translation>Belegungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spins</source>
        <translation>Spins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sleeps</source>
        <translation>Schlafvorgänge</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no lock traffic yet)</source>
        <translation>(noch keine Sperrzugriffe)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spin</source>
        <translation>Spin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>fsui::TimelineView</name>
    <message>
        <location filename="../../ui/timeline/timeline_view.cpp" line="+37"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spinning</source>
        <translation>spinnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock held</source>
        <translation>Sperre gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held, contended</source>
        <translation>gehalten, umkämpft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wheel: zoom. Drag: pan. Click: go to that step. Double-click: show all.</source>
        <translation>Mausrad: zoomen. Ziehen: verschieben. Klick: zu diesem Schritt. Doppelklick: alles zeigen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>tick</source>
        <translation>Tick</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>nprocs</source>
        <translation>nprocs</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No run yet: open a scenario to see its timeline.</source>
        <translation>Noch kein Lauf: Öffnen Sie ein Szenario, um seine Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>other locks</source>
        <translation>andere Sperren</translation>
    </message>
</context>
<context>
    <name>fsui::TransportBar</name>
    <message>
        <location filename="../../ui/shell/transport_bar.cpp" line="+20"/>
        <source>Step scrubber</source>
        <translation>Schrittregler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step </source>
        <translation>Schritt </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed in steps per second</source>
        <translation>Wiedergabegeschwindigkeit in Schritten pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n Schritt/s</numerusform>
            <numerusform>%n Schritte/s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>fsui::WelcomePage</name>
    <message>
        <location filename="../../ui/shell/welcome_page.cpp" line="+20"/>
        <source>&lt;h2&gt;Welcome to Forkscope&lt;/h2&gt;&lt;p&gt;Watch NetBSD&apos;s &lt;code&gt;fork1()&lt;/code&gt; run on a simulated multiprocessor, step by step, forwards and backwards. Pick a scenario to start: the beginner ones are a good first lecture.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Forkscope&lt;/h2&gt;&lt;p&gt;Sehen Sie NetBSDs &lt;code&gt;fork1()&lt;/code&gt; auf einem simulierten Mehrprozessorsystem laufen, Schritt für Schritt, vorwärts und rückwärts. Wählen Sie zum Anfang ein Szenario: Die für Einsteiger sind eine gute erste Vorlesung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a Scenario or Trace...</source>
        <translation>Szenario oder Aufzeichnung öffnen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Scenario from Template</source>
        <translation>Neues Szenario aus Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the Manual</source>
        <translation>Handbuch lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can also drop a scenario or trace file onto the window.</source>
        <translation>Sie können auch eine Szenario- oder Aufzeichnungsdatei auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+80"/>
        <source>Watch NetBSD&apos;s fork1() run on a simulated SMP machine, step by step.</source>
        <translation>Sehen Sie NetBSDs fork1() Schritt für Schritt auf einer simulierten SMP-Maschine laufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A scenario, a saved trace, or a bundled scenario name.</source>
        <translation>Ein Szenario, eine gespeicherte Aufzeichnung oder der Name eines mitgelieferten Szenarios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the state after STEP steps.</source>
        <translation>Den Zustand nach STEP Schritten zeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PNG of the window and exit.</source>
        <translation>Ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start in presenter mode.</source>
        <translation>Im Präsentationsmodus starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the dark theme.</source>
        <translation>Das dunkle Design verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what parent and child share.</source>
        <translation>Zeigen, was Eltern- und Kindprozess teilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size for --screenshot (default 1680x1000), frame size for --export-gif and --export-frames (default 1280x720).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1680x1000), Bildgröße für --export-gif und --export-frames (Standard: 1280x720).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a PDF with one landscape page per step of --steps and exit.</source>
        <translation>Ein PDF mit einer Seite im Querformat je Schritt aus --steps speichern und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save an animated GIF of the steps of --steps (default: the whole run, at most %1 frames) and exit.</source>
        <translation>Ein animiertes GIF der Schritte aus --steps speichern (Standard: der ganze Lauf, höchstens %1 Bilder) und beenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save one PNG per step of --steps (step-0010.png, ...) into DIR and exit.</source>
        <translation>Ein PNG je Schritt aus --steps (step-0010.png, ...) in DIR speichern und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The steps to export: 10,20,30, ranges 10-20, every fifth step 0-100/5.</source>
        <translation>Die zu exportierenden Schritte: 10,20,30, Bereiche 10-20, jeder fünfte Schritt 0-100/5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long each GIF frame is shown, in milliseconds (default 500).</source>
        <translation>Wie lange jedes GIF-Bild gezeigt wird, in Millisekunden (Standard: 500).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User-interface language: en, de or system (default: the one chosen under File &gt; Preferences).</source>
        <translation>Sprache der Oberfläche: en, de oder system (Standard: die unter Datei &gt; Einstellungen gewählte).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--goto needs a step number, not &apos;%1&apos;</source>
        <translation>--goto braucht eine Schrittnummer, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size needs WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>--size braucht BREITExHÖHE, z. B. 1366x768</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--export-pdf, --export-gif and --export-frames need a scenario or trace</source>
        <translation>--export-pdf, --export-gif und --export-frames brauchen ein Szenario oder eine Aufzeichnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one export at a time: --export-pdf, --export-gif or --export-frames</source>
        <translation>ein Export auf einmal: --export-pdf, --export-gif oder --export-frames</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--frame-ms needs a number of milliseconds from 10 to 60000, not &apos;%1&apos;</source>
        <translation>--frame-ms braucht eine Zahl von Millisekunden von 10 bis 60000, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--export-pdf needs --steps, e.g. --steps 10,20,30</source>
        <translation>--export-pdf braucht --steps, z. B. --steps 10,20,30</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--steps %1: %2</source>
        <translation>--steps %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1: steps %2 (%n step(s))</source>
        <translation>
            <numerusform>%1: Schritte %2 (%n Schritt)</numerusform>
            <numerusform>%1: Schritte %2 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--screenshot needs a scenario or trace</source>
        <translation>--screenshot braucht ein Szenario oder eine Aufzeichnung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
