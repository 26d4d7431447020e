<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/app_actions.cpp" line="+28"/>
        <source>&amp;Open Scenario or Trace...</source>
        <translation>Szenario oder Aufzeichnung ö&amp;ffnen...</translation>
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
        <location line="+1"/>
        <source>&amp;About Forkscope</source>
        <translation>&amp;Über Forkscope</translation>
    </message>
</context>
<context>
    <name>Breakpoint</name>
    <message>
        <location filename="../../ui/breakpoints.cpp" line="+13"/>
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
    <name>ChangesView</name>
    <message>
        <location filename="../../ui/changes_view.cpp" line="+19"/>
        <source>&lt; Previous step</source>
        <translation>&lt; Voriger Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step &gt;</source>
        <translation>Nächster Schritt &gt;</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location line="+18"/>
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
    <name>EventLogModel</name>
    <message>
        <location filename="../../ui/event_log_model.cpp" line="+25"/>
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
        <location line="+7"/>
        <source>create</source>
        <translation>erzeugen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>publish</source>
        <translation>veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reparent</source>
        <translation>umhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reap</source>
        <translation>einsammeln</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+140"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-140"/>
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
        <location line="+7"/>
        <source>lock %1 %2 (owner %3)</source>
        <translation>Sperre %1 %2 (Besitzer %3)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>switch %1 -&gt; %2</source>
        <translation>Wechsel %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+7"/>
        <source>expect %1 ok</source>
        <translation>Erwartung %1 erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expect %1 FAILED: %2</source>
        <translation>Erwartung %1 NICHT ERFÜLLT: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note %1: %2</source>
        <translation>Notiz %1: %2</translation>
    </message>
    <message>
        <location line="+59"/>
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
    <name>EventLogView</name>
    <message>
        <location filename="../../ui/event_log_view.cpp" line="+17"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search details, e.g. proc_lock or fork1:516</source>
        <translation>Details durchsuchen, z. B. proc_lock oder fork1:516</translation>
    </message>
    <message>
        <location line="+44"/>
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
    <name>EventText</name>
    <message>
        <location filename="../../ui/event_text.cpp" line="+21"/>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the kernel</source>
        <translation>der Kernel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 executes %2 (%3)</source>
        <translation>%1 führt %2 aus (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 calls %2()</source>
        <translation>%1 ruft %2() auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1() fails in %2 with %3</source>
        <translation>%1() scheitert in %2 mit %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1() returns %2 to %3</source>
        <translation>%1() liefert %2 an %3</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+6"/>
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
        <location line="+8"/>
        <source>process %1 is created (%2)</source>
        <translation>Prozess %1 wird erzeugt (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 joins its parent&apos;s children list and allproc</source>
        <translation>Prozess %1 kommt in die Kinderliste seines Elternprozesses und in allproc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>process %1 becomes %2</source>
        <translation>Prozess %1 wird %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 gets a new parent: pid %2</source>
        <translation>Prozess %1 bekommt einen neuen Elternprozess: PID %2</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+5"/>
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
        <location line="+1"/>
        <source>CPU %1 has nothing to run</source>
        <translation>CPU %1 hat nichts auszuführen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is posted to pid %2</source>
        <translation>%1 wird an PID %2 gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>kqueue of pid %1 gets an event about pid %2</source>
        <translation>Die kqueue von PID %1 erhält ein Ereignis über PID %2</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>FileOps</name>
    <message>
        <location filename="../../ui/file_ops.cpp" line="+36"/>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>KernelText</name>
    <message>
        <location filename="../../ui/kstate_text.cpp" line="+20"/>
        <source>(no lock)</source>
        <translation>(keine Sperre)</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+13"/>
        <source>user mode</source>
        <translation>Benutzermodus</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/language.cpp" line="+47"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../../build/i18n/narration_strings.cpp" line="+5"/>
        <source>execve looks up and checks the new program. A failure here (e.g. ENOENT) simply returns the error: a vfork parent stays blocked.</source>
        <extracomment>Step execve.namei (core/steps/exec_steps.def)</extracomment>
        <translation>execve sucht das neue Programm und prüft es. Ein Fehler hier (z. B. ENOENT) liefert einfach den Fehler zurück: Ein vfork-Elternprozess bleibt blockiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past the point of no return: the old image is being replaced.</source>
        <extracomment>Step execve.commit (core/steps/exec_steps.def)</extracomment>
        <translation>Kein Zurück mehr: Das alte Programmabbild wird ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock is taken to release a vfork parent.</source>
        <extracomment>Step execve.proc_lock (core/steps/exec_steps.def)</extracomment>
        <translation>proc_lock wird genommen, um einen vfork-Elternprozess freizugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PL_PPWAIT is cleared, the parent LWP&apos;s l_vforkwaiting cleared and its l_waitcv broadcast: the child no longer needs the parent&apos;s memory.</source>
        <extracomment>Step execve.vfork_release (core/steps/exec_steps.def)</extracomment>
        <translation>PL_PPWAIT wird gelöscht, l_vforkwaiting des Eltern-LWP zurückgesetzt und dessen l_waitcv per Broadcast geweckt: Der Kindprozess braucht den Speicher des Elternprozesses nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+292"/>
        <source>proc_lock is released.</source>
        <extracomment>Step execve.proc_unlock (core/steps/exec_steps.def)
----------
Step fork1.proc_unlock (core/steps/fork_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben.</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>The child gets an address space of its own; shared signal actions, cwd and file table are unshared.</source>
        <extracomment>Step execve.new_vmspace (core/steps/exec_steps.def)</extracomment>
        <translation>Der Kindprozess bekommt einen eigenen Adressraum; gemeinsame Signalaktionen, cwd und Dateitabelle werden entkoppelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A traced process reports the exec to its debugger (SIGTRAP, TRAP_EXEC) and stops.</source>
        <extracomment>Step execve.trap_exec (core/steps/exec_steps.def)</extracomment>
        <translation>Ein verfolgter Prozess meldet das exec seinem Debugger (SIGTRAP, TRAP_EXEC) und stoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With PS_STOPEXEC the process stops before running the new program.</source>
        <extracomment>Step execve.stopexec (core/steps/exec_steps.def)</extracomment>
        <translation>Mit PS_STOPEXEC stoppt der Prozess, bevor er das neue Programm ausführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new program starts in user mode.</source>
        <extracomment>Step execve.done (core/steps/exec_steps.def)</extracomment>
        <translation>Das neue Programm startet im Benutzermodus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit1 marks the process as exiting (PS_WEXIT): from now on eventswitch refuses to stop it and signals are ignored.</source>
        <extracomment>Step exit1.wexit (core/steps/exit_steps.def)</extracomment>
        <translation>exit1 markiert den Prozess als endend (PS_WEXIT): Ab jetzt verweigert eventswitch, ihn zu stoppen, und Signale werden ignoriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address space is released - for a vfork child this drops its reference to the borrowed memory. Open files, cwd and the ktrace reference go too.</source>
        <extracomment>Step exit1.uvmspace_free (core/steps/exit_steps.def)</extracomment>
        <translation>Der Adressraum wird freigegeben – ein vfork-Kindprozess gibt damit seine Referenz auf den geliehenen Speicher ab. Offene Dateien, cwd und die ktrace-Referenz verschwinden ebenfalls.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proc_lock is taken to change the process tree.</source>
        <extracomment>Step exit1.proc_lock (core/steps/exit_steps.def)</extracomment>
        <translation>proc_lock wird genommen, um den Prozessbaum zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A vfork child releases its parent FIRST: PL_PPWAIT is cleared, the parent LWP&apos;s l_vforkwaiting cleared and its l_waitcv broadcast - before the exit signal is posted.</source>
        <extracomment>Step exit1.vfork_release (core/steps/exit_steps.def)</extracomment>
        <translation>Ein vfork-Kindprozess gibt ZUERST seinen Elternprozess frei: PL_PPWAIT wird gelöscht, l_vforkwaiting des Eltern-LWP zurückgesetzt und dessen l_waitcv per Broadcast geweckt – noch bevor das Exit-Signal gesendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orphans are given to init (p_ppid becomes 1, exit signal back to SIGCHLD); a process this one was tracing is detached and killed. Nothing is flattened: grandchildren stay under their own parents.</source>
        <extracomment>Step exit1.reparent_children (core/steps/exit_steps.def)</extracomment>
        <translation>Waisen gehen an init (p_ppid wird 1, das Exit-Signal wieder SIGCHLD); ein Prozess, den dieser hier verfolgt hat, wird abgekoppelt und getötet. Nichts wird abgeflacht: Enkelprozesse bleiben bei ihren eigenen Eltern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The zombie moves to the head of its parent&apos;s children list. If the parent set PK_NOCLDWAIT or ignores SIGCHLD, the zombie is given to init instead.</source>
        <extracomment>Step exit1.zombie_list (core/steps/exit_steps.def)</extracomment>
        <translation>Der Zombie rückt an den Anfang der Kinderliste seines Elternprozesses. Hat der Elternprozess PK_NOCLDWAIT gesetzt oder ignoriert er SIGCHLD, geht der Zombie stattdessen an init.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent is signalled: SIGCHLD if a debugger is the parent, else the exit signal chosen at fork (none if it was 0).</source>
        <extracomment>Step exit1.exit_signal (core/steps/exit_steps.def)</extracomment>
        <translation>Der Elternprozess bekommt ein Signal: SIGCHLD, wenn ein Debugger der Elternprozess ist, sonst das beim fork gewählte Exit-Signal (keines, wenn es 0 war).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The process becomes a zombie (SZOMB): it keeps its pid, counts in nprocs and holds its exit status until its parent reaps it.</source>
        <extracomment>Step exit1.zombie (core/steps/exit_steps.def)</extracomment>
        <translation>Der Prozess wird zum Zombie (SZOMB): Er behält seine PID, zählt in nprocs mit und hält seinen Exit-Status, bis sein Elternprozess ihn einsammelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent&apos;s p_waitcv is broadcast so a parent sleeping in wait() looks again.</source>
        <extracomment>Step exit1.wakeup_parent (core/steps/exit_steps.def)</extracomment>
        <translation>Das p_waitcv des Elternprozesses wird per Broadcast geweckt, damit ein in wait() schlafender Elternprozess erneut nachsieht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock is released and the LWP switches away for the last time.</source>
        <extracomment>Step exit1.switch (core/steps/exit_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben, und der LWP gibt die CPU zum letzten Mal ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init woke up: it takes proc_lock to look for zombie children.</source>
        <extracomment>Step init.proc_lock (core/steps/exit_steps.def)</extracomment>
        <translation>init ist aufgewacht: Es nimmt proc_lock, um nach Zombie-Kindprozessen zu suchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init reaps a zombie it inherited: that is its job.</source>
        <extracomment>Step init.reap (core/steps/exit_steps.def)</extracomment>
        <translation>init sammelt einen geerbten Zombie ein: Das ist seine Aufgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init sleeps in wait() on its p_waitcv, releasing proc_lock.</source>
        <extracomment>Step init.wait (core/steps/exit_steps.def)</extracomment>
        <translation>init schläft in wait() auf seinem p_waitcv und gibt dabei proc_lock frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork(2) is fork1() with no flags and SIGCHLD as the exit signal: the child gets a copy of everything and the parent does not wait.</source>
        <extracomment>Step sys_fork.fork1 (core/steps/fork_steps.def)</extracomment>
        <translation>fork(2) ist fork1() ohne Flags und mit SIGCHLD als Exit-Signal: Der Kindprozess bekommt eine Kopie von allem, und der Elternprozess wartet nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 4.4BSD-compatible vfork(2) passes FORK_PPWAIT only: the address space is still copied, but the parent is blocked until the child execs or exits.</source>
        <extracomment>Step sys_vfork.fork1 (core/steps/fork_steps.def)</extracomment>
        <translation>Das 4.4BSD-kompatible vfork(2) übergibt nur FORK_PPWAIT: Der Adressraum wird trotzdem kopiert, aber der Elternprozess ist blockiert, bis der Kindprozess exec aufruft oder endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>__vfork14, what libc&apos;s vfork() calls, passes FORK_PPWAIT|FORK_SHAREVM: the child borrows the parent&apos;s address space, so the parent must not run until the child execs or exits.</source>
        <extracomment>Step sys___vfork14.fork1 (core/steps/fork_steps.def)</extracomment>
        <translation>__vfork14, das die libc-Funktion vfork() aufruft, übergibt FORK_PPWAIT|FORK_SHAREVM: Der Kindprozess leiht sich den Adressraum des Elternprozesses, daher darf der Elternprozess nicht laufen, bis der Kindprozess exec aufruft oder endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>__clone refuses CLONE_PTRACE outright with EINVAL: NetBSD does not implement it.</source>
        <extracomment>Step sys___clone.ptrace_check (core/steps/fork_steps.def)</extracomment>
        <translation>__clone lehnt CLONE_PTRACE rundweg mit EINVAL ab: NetBSD implementiert es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing signal handlers without sharing memory makes no sense (a handler is code in memory), so CLONE_SIGHAND without CLONE_VM is EINVAL, as on Linux.</source>
        <extracomment>Step sys___clone.sighand_check (core/steps/fork_steps.def)</extracomment>
        <translation>Signal-Handler zu teilen, ohne den Speicher zu teilen, ergibt keinen Sinn (ein Handler ist Code im Speicher), daher ist CLONE_SIGHAND ohne CLONE_VM EINVAL, wie unter Linux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each CLONE_* flag is translated into the fork1() flag that means the same sharing: VM, FS (cwd), FILES, SIGHAND (signal actions and p_lock), VFORK (parent waits). Unknown bits are ignored.</source>
        <extracomment>Step sys___clone.map_flags (core/steps/fork_steps.def)</extracomment>
        <translation>Jedes CLONE_*-Flag wird in das fork1()-Flag übersetzt, das dasselbe Teilen bedeutet: VM, FS (cwd), FILES, SIGHAND (Signalaktionen und p_lock), VFORK (Elternprozess wartet). Unbekannte Bits werden ignoriert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The low 8 bits of the flags name the signal the parent gets when the child exits.</source>
        <extracomment>Step sys___clone.exit_signal (core/steps/fork_steps.def)</extracomment>
        <translation>Die unteren 8 Bits der Flags nennen das Signal, das der Elternprozess bekommt, wenn der Kindprozess endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exit signal must be below _NSIG (64); 0 is allowed and means the parent gets no signal at all when the child exits.</source>
        <extracomment>Step sys___clone.signal_check (core/steps/fork_steps.def)</extracomment>
        <translation>Ein Exit-Signal muss kleiner als _NSIG (64) sein; 0 ist erlaubt und bedeutet, dass der Elternprozess beim Ende des Kindprozesses gar kein Signal bekommt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>__clone calls fork1() with the translated flags and exit signal (and a stack size of 0).</source>
        <extracomment>Step sys___clone.fork1 (core/steps/fork_steps.def)</extracomment>
        <translation>__clone ruft fork1() mit den übersetzten Flags und dem Exit-Signal auf (und einer Stackgröße von 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 notes the calling process and the caller&apos;s REAL uid: per-user process limits are charged to the real uid, not the effective one.</source>
        <extracomment>Step fork1.getuid (core/steps/fork_steps.def)</extracomment>
        <translation>fork1 merkt sich den aufrufenden Prozess und die REALE UID des Aufrufers: Prozesslimits pro Benutzer werden der realen UID angerechnet, nicht der effektiven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The global process count is incremented FIRST, atomically, and the new value is tested: two CPUs forking at once cannot both squeeze into the last slot, because each sees the count including the other.</source>
        <extracomment>Step fork1.nprocs_inc (core/steps/fork_steps.def)</extracomment>
        <translation>Der globale Prozesszähler wird ZUERST atomar erhöht und der neue Wert geprüft: Zwei CPUs, die gleichzeitig forken, können sich nicht beide in den letzten Platz drängen, denn jede sieht den Zähler einschließlich der anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the incremented count reaches kern.maxproc the fork fails, even for root: the table is full once the count before the fork is maxproc-1.</source>
        <extracomment>Step fork1.maxproc_check (core/steps/fork_steps.def)</extracomment>
        <translation>Erreicht der erhöhte Zähler kern.maxproc, scheitert der fork, sogar für root: Die Tabelle ist voll, sobald der Zähler vor dem fork maxproc-1 beträgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kauth is asked whether this fork is allowed. The listener meant to keep the last slots for root reads the wrong argument, so in practice it never says no.</source>
        <extracomment>Step fork1.kauth_fork (core/steps/fork_steps.def)</extracomment>
        <translation>kauth wird gefragt, ob dieser fork erlaubt ist. Der Listener, der die letzten Plätze für root freihalten soll, liest das falsche Argument und sagt daher in der Praxis nie nein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fork failed: the optimistic increment of nprocs is undone.</source>
        <extracomment>Step fork1.fail_nprocs_dec (core/steps/fork_steps.def)</extracomment>
        <translation>Der fork ist gescheitert: Die vorausschauende Erhöhung von nprocs wird zurückgenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &apos;table is full&apos; message is logged at most once every 10 seconds (ratecheck), so a fork bomb cannot flood the console.</source>
        <extracomment>Step fork1.tablefull (core/steps/fork_steps.def)</extracomment>
        <translation>Die Meldung &apos;table is full&apos; wird höchstens einmal alle 10 Sekunden protokolliert (ratecheck), damit eine Fork-Bombe die Konsole nicht überflutet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If kern.forkfsleep is set, the failing process is put to sleep for that long (wait channel forkmx): a fork bomb is slowed down instead of spinning on EAGAIN.</source>
        <extracomment>Step fork1.forkfsleep (core/steps/fork_steps.def)</extracomment>
        <translation>Ist kern.forkfsleep gesetzt, wird der scheiternde Prozess so lange schlafen gelegt (Wartekanal forkmx): Eine Fork-Bombe wird gebremst, statt auf EAGAIN zu kreiseln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fork1 returns EAGAIN: the process table is full.</source>
        <extracomment>Step fork1.fail_eagain (core/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert EAGAIN: Die Prozesstabelle ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The real uid&apos;s process count is incremented; the new count is compared with the RLIMIT_NPROC limit next.</source>
        <extracomment>Step fork1.chgproccnt (core/steps/fork_steps.def)</extracomment>
        <translation>Der Prozesszähler der realen UID wird erhöht; als Nächstes wird der neue Wert mit dem Limit RLIMIT_NPROC verglichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is the user over their RLIMIT_NPROC soft limit with this child?</source>
        <extracomment>Step fork1.rlimit_check (core/steps/fork_steps.def)</extracomment>
        <translation>Liegt der Benutzer mit diesem Kindprozess über seinem weichen Limit RLIMIT_NPROC?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the limit: kauth decides whether the limit may be bypassed. Only an EFFECTIVE uid of 0 may exceed it - the count was charged to the real uid, but privilege is judged by the effective one.</source>
        <extracomment>Step fork1.rlimit_bypass (core/steps/fork_steps.def)</extracomment>
        <translation>Über dem Limit: kauth entscheidet, ob das Limit überschritten werden darf. Nur eine EFFEKTIVE UID 0 darf es überschreiten – gezählt wurde für die reale UID, die Berechtigung aber wird nach der effektiven beurteilt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: the per-uid count is given back.</source>
        <extracomment>Step fork1.rlimit_undo_proccnt (core/steps/fork_steps.def)</extracomment>
        <translation>Abgelehnt: Der Zähler pro UID wird zurückgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and the global count too. No log message this time: this is one user&apos;s limit, not a full table.</source>
        <extracomment>Step fork1.rlimit_undo_nprocs (core/steps/fork_steps.def)</extracomment>
        <translation>... und der globale Zähler ebenso. Diesmal keine Protokollmeldung: Das ist das Limit eines Benutzers, keine volle Tabelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With kern.forkfsleep set the process sleeps (wait channel forkulim) before failing.</source>
        <extracomment>Step fork1.rlimit_sleep (core/steps/fork_steps.def)</extracomment>
        <translation>Mit gesetztem kern.forkfsleep schläft der Prozess (Wartekanal forkulim), bevor er scheitert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 returns EAGAIN: the user has too many processes.</source>
        <extracomment>Step fork1.rlimit_eagain (core/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert EAGAIN: Der Benutzer hat zu viele Prozesse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel virtual memory for the child&apos;s U-area (kernel stack and PCB) is allocated now, while failing is still cheap: nothing has been built yet.</source>
        <extracomment>Step fork1.uarea_alloc (core/steps/fork_steps.def)</extracomment>
        <translation>Kernel-Adressraum für die U-Area des Kindprozesses (Kernel-Stack und PCB) wird jetzt angelegt, solange ein Scheitern noch billig ist: Es ist noch nichts aufgebaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No kernel address space for a U-area: the per-uid count is given back.</source>
        <extracomment>Step fork1.uarea_undo_proccnt (core/steps/fork_steps.def)</extracomment>
        <translation>Kein Kernel-Adressraum für eine U-Area: Der Zähler pro UID wird zurückgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and nprocs is decremented.</source>
        <extracomment>Step fork1.uarea_undo_nprocs (core/steps/fork_steps.def)</extracomment>
        <translation>... und nprocs wird verringert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 returns ENOMEM (no log message, no sleep).</source>
        <extracomment>Step fork1.uarea_enomem (core/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert ENOMEM (keine Protokollmeldung, kein Schlafen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_alloc() takes a proc structure and a pid from the pid table. The child now exists in state SIDL, but nobody else can see it yet.</source>
        <extracomment>Step fork1.proc_alloc (core/steps/fork_steps.def)</extracomment>
        <translation>proc_alloc() holt eine proc-Struktur und eine PID aus der PID-Tabelle. Der Kindprozess existiert jetzt im Zustand SIDL, aber noch kann ihn niemand sonst sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Injected fault: in this kernel proc_alloc cannot really fail.) The U-area is freed.</source>
        <extracomment>Step fork1.proc_alloc_fail_uarea_free (core/steps/fork_steps.def)</extracomment>
        <translation>(Eingespeister Fehler: In diesem Kernel kann proc_alloc eigentlich nicht scheitern.) Die U-Area wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s p_lock is taken to read its credentials safely.</source>
        <extracomment>Step fork1.proc_alloc_fail_p_lock (core/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Elternprozesses wird genommen, um dessen Credentials sicher zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uid is read again, from the process credentials this time.</source>
        <extracomment>Step fork1.proc_alloc_fail_uid (core/steps/fork_steps.def)</extracomment>
        <translation>Die UID wird erneut gelesen, diesmal aus den Credentials des Prozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The per-uid count is given back.</source>
        <extracomment>Step fork1.proc_alloc_fail_proccnt (core/steps/fork_steps.def)</extracomment>
        <translation>Der Zähler pro UID wird zurückgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p_lock is released.</source>
        <extracomment>Step fork1.proc_alloc_fail_p_unlock (core/steps/fork_steps.def)</extracomment>
        <translation>p_lock wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nprocs is decremented.</source>
        <extracomment>Step fork1.proc_alloc_fail_nprocs (core/steps/fork_steps.def)</extracomment>
        <translation>nprocs wird verringert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fork1 returns EAGAIN: no process ID could be allocated.</source>
        <extracomment>Step fork1.proc_alloc_fail_eagain (core/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert EAGAIN: Es konnte keine Prozess-ID vergeben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From here on the fork cannot fail. The child&apos;s proc is filled in: one region zeroed, one copied wholesale from the parent.</source>
        <extracomment>Step fork1.zero_copy (core/steps/fork_steps.def)</extracomment>
        <translation>Ab hier kann der fork nicht mehr scheitern. Die proc-Struktur des Kindprozesses wird gefüllt: ein Bereich genullt, einer vollständig vom Elternprozess kopiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a few process flags are inherited: set-id taint (PK_SUGID), the SIGCHLD behaviour (PK_NOCLDWAIT, PK_CLDSIGIGN) and 32-bit-ness, so the child treats its own children the way its parent did.</source>
        <extracomment>Step fork1.inherit_flags (core/steps/fork_steps.def)</extracomment>
        <translation>Nur wenige Prozess-Flags werden geerbt: die Set-ID-Markierung (PK_SUGID), das SIGCHLD-Verhalten (PK_NOCLDWAIT, PK_CLDSIGIGN) und die 32-Bit-Eigenschaft, damit der Kindprozess seine eigenen Kinder so behandelt wie sein Elternprozess.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kernel (FORK_SYSTEM) process is marked PK_SYSTEM and PK_NOCLDWAIT, so its children go to init when they exit.</source>
        <extracomment>Step fork1.system_flags (core/steps/fork_steps.def)</extracomment>
        <translation>Ein Kernel-Prozess (FORK_SYSTEM) wird mit PK_SYSTEM und PK_NOCLDWAIT markiert, damit seine Kindprozesse beim Beenden an init gehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child&apos;s own statistics spin mutex (p_stmutex), aux lock and the condition variables its future parent-waiters sleep on (p_waitcv) are initialised.</source>
        <extracomment>Step fork1.init_locks (core/steps/fork_steps.def)</extracomment>
        <translation>Der eigene Statistik-Spin-Mutex des Kindprozesses (p_stmutex), die Hilfssperre und die Bedingungsvariablen, auf denen künftig auf ihn wartende Elternprozesse schlafen (p_waitcv), werden initialisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With FORK_SHARESIGS parent and child will share signal state, so they must share the lock that protects it: the child points at the parent&apos;s p_lock object and its reference count goes up. Otherwise the child gets a brand-new p_lock.</source>
        <extracomment>Step fork1.p_lock (core/steps/fork_steps.def)</extracomment>
        <translation>Mit FORK_SHARESIGS teilen sich Eltern- und Kindprozess den Signalzustand und müssen daher auch die Sperre teilen, die ihn schützt: Der Kindprozess verweist auf das p_lock-Objekt des Elternprozesses, dessen Referenzzähler steigt. Sonst bekommt der Kindprozess ein ganz neues p_lock.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child takes a reference to the parent&apos;s credentials (uids and gids).</source>
        <extracomment>Step fork1.cred (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess nimmt eine Referenz auf die Credentials des Elternprozesses (UIDs und GIDs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child references the same program file (text vnode) and copies its path.</source>
        <extracomment>Step fork1.textvp (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess referenziert dieselbe Programmdatei (Text-Vnode) und kopiert deren Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file descriptor table is shared (FORK_SHAREFILES: reference count +1), fresh (FORK_CLEANFILES), or copied - the usual fork: same open files, separate table.</source>
        <extracomment>Step fork1.files (core/steps/fork_steps.def)</extracomment>
        <translation>Die Dateideskriptortabelle wird geteilt (FORK_SHAREFILES: Referenzzähler +1), neu angelegt (FORK_CLEANFILES) oder kopiert – der übliche fork: dieselben offenen Dateien, getrennte Tabelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current and root directories are shared (FORK_SHARECWD) or copied.</source>
        <extracomment>Step fork1.cwd (core/steps/fork_steps.def)</extracomment>
        <translation>Aktuelles und Wurzelverzeichnis werden geteilt (FORK_SHARECWD) oder kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource limits are copy-on-write: normally the child just takes a reference to the parent&apos;s limits. Only if the parent has a private, writeable copy is it duplicated.</source>
        <extracomment>Step fork1.limits (core/steps/fork_steps.def)</extracomment>
        <translation>Ressourcenlimits sind Copy-on-Write: Normalerweise nimmt der Kindprozess nur eine Referenz auf die Limits des Elternprozesses. Nur wenn der Elternprozess eine private, beschreibbare Kopie hat, wird sie dupliziert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For vfork (FORK_PPWAIT) the child is marked PL_PPWAIT, the calling LWP&apos;s l_vforkwaiting is set, and the child remembers which LWP waits for it. The wait itself happens at the very end of fork1.</source>
        <extracomment>Step fork1.ppwait (core/steps/fork_steps.def)</extracomment>
        <translation>Bei vfork (FORK_PPWAIT) wird der Kindprozess mit PL_PPWAIT markiert, l_vforkwaiting des aufrufenden LWP gesetzt, und der Kindprozess merkt sich, welcher LWP auf ihn wartet. Das Warten selbst geschieht ganz am Ende von fork1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s parent is the caller - or init for FORK_NOWAIT, so that nobody has to wait for it.</source>
        <extracomment>Step fork1.parent (core/steps/fork_steps.def)</extracomment>
        <translation>Elternprozess des Kindprozesses ist der Aufrufer – oder init bei FORK_NOWAIT, damit niemand auf ihn warten muss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is the parent being ktraced with inheritance (KTRFAC_INHERIT)?</source>
        <extracomment>Step fork1.ktrace_check (core/steps/fork_steps.def)</extracomment>
        <translation>Wird der Elternprozess mit Vererbung (KTRFAC_INHERIT) per ktrace verfolgt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ktrace_lock is taken: the trace file reference must not change while it is copied.</source>
        <extracomment>Step fork1.ktrace_lock (core/steps/fork_steps.def)</extracomment>
        <translation>ktrace_lock wird genommen: Die Referenz auf die Trace-Datei darf sich beim Kopieren nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child inherits the trace flags and a reference to the same trace file, so its system calls are traced too.</source>
        <extracomment>Step fork1.ktrace_copy (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess erbt die Trace-Flags und eine Referenz auf dieselbe Trace-Datei, sodass auch seine Systemaufrufe aufgezeichnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ktrace_lock is released.</source>
        <extracomment>Step fork1.ktrace_unlock (core/steps/fork_steps.def)</extracomment>
        <translation>ktrace_lock wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signal actions are shared (FORK_SHARESIGS) or copied.</source>
        <extracomment>Step fork1.sigacts (core/steps/fork_steps.def)</extracomment>
        <translation>Signalaktionen werden geteilt (FORK_SHARESIGS) oder kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s p_lock is taken to read its scheduler and stop flags consistently.</source>
        <extracomment>Step fork1.parent_p_lock (core/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Elternprozesses wird genommen, um dessen Scheduler- und Stopp-Flags konsistent zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child inherits stop-on-fork (PS_STOPFORK), stop-on-exec (PS_STOPEXEC) and PS_NOCLDSTOP from the parent.</source>
        <extracomment>Step fork1.stop_flags (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess erbt Stop-on-Fork (PS_STOPFORK), Stop-on-Exec (PS_STOPEXEC) und PS_NOCLDSTOP vom Elternprozess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheduler&apos;s fork hook copies the parent&apos;s scheduling state to the child.</source>
        <extracomment>Step fork1.sched_proc_fork (core/steps/fork_steps.def)</extracomment>
        <translation>Der fork-Hook des Schedulers kopiert den Scheduling-Zustand des Elternprozesses in den Kindprozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s p_lock is released.</source>
        <extracomment>Step fork1.parent_p_unlock (core/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Elternprozesses wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics flags and parts of the accounting statistics are copied, the rest zeroed.</source>
        <extracomment>Step fork1.stats (core/steps/fork_steps.def)</extracomment>
        <translation>Statistik-Flags und Teile der Abrechnungsstatistik werden kopiert, der Rest genullt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address space is shared (FORK_SHAREVM: vfork14 and CLONE_VM - same memory, reference count +1) or copied copy-on-write: pages are shared read-only until either side writes.</source>
        <extracomment>Step fork1.uvm_proc_fork (core/steps/fork_steps.def)</extracomment>
        <translation>Der Adressraum wird geteilt (FORK_SHAREVM: vfork14 und CLONE_VM – derselbe Speicher, Referenzzähler +1) oder per Copy-on-Write kopiert: Die Seiten werden schreibgeschützt geteilt, bis eine Seite schreibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child&apos;s first LWP is created in LSIDL, with the U-area allocated earlier, the parent&apos;s signal mask and signal stack, and child_return as the place it will start.</source>
        <extracomment>Step fork1.lwp_create (core/steps/fork_steps.def)</extracomment>
        <translation>Der erste LWP des Kindprozesses wird in LSIDL erzeugt, mit der zuvor angelegten U-Area, der Signalmaske und dem Signal-Stack des Elternprozesses und mit child_return als Startpunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The thread-local storage pointer is inherited.</source>
        <extracomment>Step fork1.lwp_private (core/steps/fork_steps.def)</extracomment>
        <translation>Der Zeiger auf den Thread-lokalen Speicher wird geerbt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An emulation (e.g. Linux compatibility) may have its own fork hook; native NetBSD has none.</source>
        <extracomment>Step fork1.emul_fork_hook (core/steps/fork_steps.def)</extracomment>
        <translation>Eine Emulation (z. B. die Linux-Kompatibilität) kann einen eigenen fork-Hook haben; natives NetBSD hat keinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other subsystems&apos; fork hooks run.</source>
        <extracomment>Step fork1.forkhooks (core/steps/fork_steps.def)</extracomment>
        <translation>Die fork-Hooks anderer Subsysteme laufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The DTrace probe proc:::create fires.</source>
        <extracomment>Step fork1.sdt_create (core/steps/fork_steps.def)</extracomment>
        <translation>Die DTrace-Probe proc:::create feuert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock is taken: the child is about to become visible in the process tree, and everything that walks the tree (wait, exit, kill, ptrace) holds this lock.</source>
        <extracomment>Step fork1.proc_lock (core/steps/fork_steps.def)</extracomment>
        <translation>proc_lock wird genommen: Der Kindprozess wird gleich im Prozessbaum sichtbar, und alles, was den Baum durchläuft (wait, exit, kill, ptrace), hält diese Sperre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the parent has a controlling terminal, so does the child.</source>
        <extracomment>Step fork1.controlt (core/steps/fork_steps.def)</extracomment>
        <translation>Hat der Elternprozess ein Kontrollterminal, so auch der Kindprozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child is inserted at the HEAD of its parent&apos;s children list and its exit signal recorded: from now on the parent&apos;s wait() can find it.</source>
        <extracomment>Step fork1.children_insert (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess wird am ANFANG der Kinderliste seines Elternprozesses eingefügt und sein Exit-Signal vermerkt: Ab jetzt kann wait() des Elternprozesses ihn finden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If a debugger asked to hear about this kind of fork, the child is handed to the debugger at once (it becomes traced, its parent pointer now names the debugger) and marked PSL_TRACEDCHILD. p_ppid still names the real parent.</source>
        <extracomment>Step fork1.trace_reparent (core/steps/fork_steps.def)</extracomment>
        <translation>Wollte ein Debugger von dieser Art fork erfahren, wird der Kindprozess sofort dem Debugger übergeben (er wird verfolgt, sein Elternzeiger nennt jetzt den Debugger) und mit PSL_TRACEDCHILD markiert. p_ppid nennt weiterhin den echten Elternprozess.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The original parent&apos;s pid is remembered, for the debugger&apos;s reports.</source>
        <extracomment>Step fork1.oppid (core/steps/fork_steps.def)</extracomment>
        <translation>Die PID des ursprünglichen Elternprozesses wird für die Meldungen an den Debugger gemerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child joins its parent&apos;s process group and the head of allproc: the process is published.</source>
        <extracomment>Step fork1.pglist (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess tritt der Prozessgruppe seines Elternprozesses bei und kommt an den Anfang von allproc: Der Prozess ist veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System-call tracing hooks are enabled for the child if needed.</source>
        <extracomment>Step fork1.trace_enabled (core/steps/fork_steps.def)</extracomment>
        <translation>Bei Bedarf werden für den Kindprozess die Hooks zur Verfolgung von Systemaufrufen aktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The per-CPU fork counters go up (forks, and forks_ppwait / forks_sharevm for vfork kinds) - only now, because only now is the fork known to succeed.</source>
        <extracomment>Step fork1.counters (core/steps/fork_steps.def)</extracomment>
        <translation>Die fork-Zähler pro CPU steigen (forks, bei vfork-Arten auch forks_ppwait / forks_sharevm) – erst jetzt, denn erst jetzt steht fest, dass der fork gelingt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ktrace emulation records are enabled for the child if the parent has them.</source>
        <extracomment>Step fork1.ktrpoint (core/steps/fork_steps.def)</extracomment>
        <translation>ktrace-Emulationseinträge werden für den Kindprozess aktiviert, wenn der Elternprozess sie hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is anyone watching the parent with kqueue (EVFILT_PROC)?</source>
        <extracomment>Step fork1.knote_check (core/steps/fork_steps.def)</extracomment>
        <translation>Beobachtet jemand den Elternprozess per kqueue (EVFILT_PROC)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes: proc_lock is DROPPED before notifying, because delivering the knotes takes other locks. Another CPU may slip in here.</source>
        <extracomment>Step fork1.knote_unlock (core/steps/fork_steps.def)</extracomment>
        <translation>Ja: proc_lock wird vor der Benachrichtigung FREIGEGEBEN, weil das Zustellen der Knotes andere Sperren nimmt. Hier kann eine andere CPU dazwischenkommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NOTE_FORK is delivered to the watchers; with NOTE_TRACK the watch is extended to the child, which reports NOTE_CHILD.</source>
        <extracomment>Step fork1.knote_fork (core/steps/fork_steps.def)</extracomment>
        <translation>NOTE_FORK wird den Beobachtern zugestellt; mit NOTE_TRACK wird die Beobachtung auf den Kindprozess ausgedehnt, der NOTE_CHILD meldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proc_lock is taken again.</source>
        <extracomment>Step fork1.knote_relock (core/steps/fork_steps.def)</extracomment>
        <translation>proc_lock wird wieder genommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child&apos;s p_lock is taken to make it runnable.</source>
        <extracomment>Step fork1.child_p_lock (core/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Kindprozesses wird genommen, um ihn lauffähig zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiling (under the p_stmutex spin mutex) would start here if the parent was profiled.</source>
        <extracomment>Step fork1.profil (core/steps/fork_steps.def)</extracomment>
        <translation>Hier würde das Profiling (unter dem Spin-Mutex p_stmutex) starten, wenn der Elternprozess profiliert würde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child&apos;s start time is set and it is flagged AFORK (forked but not exec&apos;d), for accounting.</source>
        <extracomment>Step fork1.start_time (core/steps/fork_steps.def)</extracomment>
        <translation>Die Startzeit des Kindprozesses wird gesetzt und er für die Abrechnung mit AFORK markiert (geforkt, aber noch kein exec).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child LWP&apos;s spin lock is taken; it must still be in LSIDL.</source>
        <extracomment>Step fork1.lwp_lock (core/steps/fork_steps.def)</extracomment>
        <translation>Die Spin-Sperre des Kind-LWP wird genommen; er muss noch in LSIDL sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was stop-on-fork requested (PS_STOPFORK, set with sysctl proc.&lt;pid&gt;.stopfork)?</source>
        <extracomment>Step fork1.stopfork_check (core/steps/fork_steps.def)</extracomment>
        <translation>Wurde Stop-on-Fork angefordert (PS_STOPFORK, gesetzt mit sysctl proc.&lt;pid&gt;.stopfork)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child is born stopped (SSTOP, LSSTOP) and the PARENT&apos;s stopped-child count goes up - even if the child&apos;s parent is now init or a debugger.</source>
        <extracomment>Step fork1.create_stopped (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess kommt gestoppt zur Welt (SSTOP, LSSTOP), und der Zähler gestoppter Kinder des ELTERNPROZESSES steigt – selbst wenn der Elternprozess des Kindes jetzt init oder ein Debugger ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The child becomes SACTIVE and its LWP is put on a run queue: from this moment it can run on another CPU, before the parent even returns from fork.</source>
        <extracomment>Step fork1.make_runnable (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess wird SACTIVE und sein LWP kommt in eine Run-Queue: Ab diesem Moment kann er auf einer anderen CPU laufen, noch bevor der Elternprozess aus fork zurückkehrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parent&apos;s return value is the child&apos;s pid.</source>
        <extracomment>Step fork1.retval (core/steps/fork_steps.def)</extracomment>
        <translation>Der Rückgabewert des Elternprozesses ist die PID des Kindprozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child&apos;s p_lock is released.</source>
        <extracomment>Step fork1.child_p_unlock (core/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Kindprozesses wird freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does a debugger want to hear about this fork or vfork (checked again, against the current flags)?</source>
        <extracomment>Step fork1.trace_event_check (core/steps/fork_steps.def)</extracomment>
        <translation>Will ein Debugger von diesem fork oder vfork erfahren (erneut geprüft, anhand der aktuellen Flags)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>The parent&apos;s p_lock is taken for eventswitch.</source>
        <extracomment>Step fork1.trace_p_lock (core/steps/fork_steps.def)
----------
Step fork1.vforkdone_p_lock (core/steps/fork_steps.def)</extracomment>
        <translation>Das p_lock des Elternprozesses wird für eventswitch genommen.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>eventswitch stops the parent with SIGTRAP/TRAP_CHLD reporting PTRACE_FORK or PTRACE_VFORK and the child&apos;s pid, and wakes the debugger. It returns with both locks released.</source>
        <extracomment>Step fork1.eventswitch (core/steps/fork_steps.def)</extracomment>
        <translation>eventswitch stoppt den Elternprozess mit SIGTRAP/TRAP_CHLD, meldet PTRACE_FORK oder PTRACE_VFORK und die PID des Kindprozesses und weckt den Debugger. Es kehrt mit beiden Sperren freigegeben zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>proc_lock is taken again after the report.</source>
        <extracomment>Step fork1.trace_proc_lock (core/steps/fork_steps.def)</extracomment>
        <translation>Nach der Meldung wird proc_lock wieder genommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is this LWP still waiting for a vfork child (l_vforkwaiting)? A plain fork never waits.</source>
        <extracomment>Step fork1.vfork_wait_check (core/steps/fork_steps.def)</extracomment>
        <translation>Wartet dieser LWP noch auf einen vfork-Kindprozess (l_vforkwaiting)? Ein gewöhnlicher fork wartet nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vfork parent sleeps on its l_waitcv, releasing proc_lock. The child may be using its memory, so it cannot run until the child execs or exits. This sleep is not interruptible.</source>
        <extracomment>Step fork1.vfork_cv_wait (core/steps/fork_steps.def)</extracomment>
        <translation>Der vfork-Elternprozess schläft auf seinem l_waitcv und gibt dabei proc_lock frei. Der Kindprozess benutzt womöglich seinen Speicher, daher darf er nicht laufen, bis der Kindprozess exec aufruft oder endet. Dieser Schlaf ist nicht unterbrechbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Woken up: cv_wait takes proc_lock again before returning, and the loop re-checks the flag.</source>
        <extracomment>Step fork1.vfork_wakeup (core/steps/fork_steps.def)</extracomment>
        <translation>Aufgeweckt: cv_wait nimmt proc_lock wieder, bevor es zurückkehrt, und die Schleife prüft das Flag erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does a debugger want PTRACE_VFORK_DONE? Evaluated NOW, so a detach while the parent slept cancels the report.</source>
        <extracomment>Step fork1.vforkdone_check (core/steps/fork_steps.def)</extracomment>
        <translation>Will ein Debugger PTRACE_VFORK_DONE? JETZT ausgewertet, sodass ein Abkoppeln, während der Elternprozess schlief, die Meldung verhindert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>eventswitch reports PTRACE_VFORK_DONE to the debugger and releases both locks.</source>
        <extracomment>Step fork1.vforkdone_eventswitch (core/steps/fork_steps.def)</extracomment>
        <translation>eventswitch meldet dem Debugger PTRACE_VFORK_DONE und gibt beide Sperren frei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fork1 returns 0 (success); the parent&apos;s system call returns the child&apos;s pid.</source>
        <extracomment>Step fork1.return (core/steps/fork_steps.def)</extracomment>
        <translation>fork1 liefert 0 (Erfolg); der Systemaufruf des Elternprozesses liefert die PID des Kindprozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child runs for the first time, in child_return. Is it traced because of this fork (PSL_TRACED and PSL_TRACEDCHILD)?</source>
        <extracomment>Step child_return.trace_check (core/steps/fork_steps.def)</extracomment>
        <translation>Der Kindprozess läuft zum ersten Mal, in child_return. Wird er wegen dieses forks verfolgt (PSL_TRACED und PSL_TRACEDCHILD)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It reports itself to the debugger: PTRACE_VFORK while the vfork parent still waits, else PTRACE_FORK, with the forking parent&apos;s pid.</source>
        <extracomment>Step child_return.eventswitchchild (core/steps/fork_steps.def)</extracomment>
        <translation>Er meldet sich beim Debugger: PTRACE_VFORK, solange der vfork-Elternprozess noch wartet, sonst PTRACE_FORK, jeweils mit der PID des forkenden Elternprozesses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-dependent code arranges for the child&apos;s fork() to return 0.</source>
        <extracomment>Step child_return.md_child_return (core/steps/fork_steps.def)</extracomment>
        <translation>Maschinenabhängiger Code sorgt dafür, dass fork() im Kindprozess 0 liefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return is recorded as SYS_fork for every fork kind, and the child enters user mode: fork has returned twice.</source>
        <extracomment>Step child_return.ktrsysret (core/steps/fork_steps.def)</extracomment>
        <translation>Die Rückkehr wird für jede fork-Art als SYS_fork aufgezeichnet, und der Kindprozess betritt den Benutzermodus: fork ist zweimal zurückgekehrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kill looks the target up under proc_lock.</source>
        <extracomment>Step kill.proc_lock (core/steps/misc_steps.def)</extracomment>
        <translation>kill sucht den Zielprozess unter proc_lock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permission checked, the signal is posted to the target.</source>
        <extracomment>Step kill.post (core/steps/misc_steps.def)</extracomment>
        <translation>Berechtigung geprüft, das Signal wird an den Zielprozess gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ptrace finds the target process under proc_lock.</source>
        <extracomment>Step ptrace.proc_lock (core/steps/misc_steps.def)</extracomment>
        <translation>ptrace sucht den Zielprozess unter proc_lock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is checked (is it our tracee? is it stopped?) and carried out.</source>
        <extracomment>Step ptrace.request (core/steps/misc_steps.def)</extracomment>
        <translation>Die Anfrage wird geprüft (ist es unser Tracee? ist er gestoppt?) und ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The limit is range-checked and written into a private copy of the limits, which makes them writeable: the next fork copies them instead of sharing.</source>
        <extracomment>Step setrlimit.do (core/steps/misc_steps.def)</extracomment>
        <translation>Das Limit wird auf seinen Wertebereich geprüft und in eine private Kopie der Limits geschrieben, die dadurch beschreibbar werden: Der nächste fork kopiert sie, statt sie zu teilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credentials change; a change of real uid moves the process between per-uid counts.</source>
        <extracomment>Step setuid.do (core/steps/misc_steps.def)</extracomment>
        <translation>Die Credentials ändern sich; ein Wechsel der realen UID verschiebt den Prozess zwischen den Zählern pro UID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sysctl node checks permission and range, then stores the new value.</source>
        <extracomment>Step sysctl.do (core/steps/misc_steps.def)</extracomment>
        <translation>Der sysctl-Knoten prüft Berechtigung und Wertebereich und speichert dann den neuen Wert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracing starts on the process; with inheritance its future children will be traced too.</source>
        <extracomment>Step ktrace.do (core/steps/misc_steps.def)</extracomment>
        <translation>Die Verfolgung des Prozesses beginnt; mit Vererbung werden auch seine künftigen Kindprozesse verfolgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An EVFILT_PROC knote is attached to the target process.</source>
        <extracomment>Step kqueue.register (core/steps/misc_steps.def)</extracomment>
        <translation>Ein EVFILT_PROC-Knote wird an den Zielprozess gehängt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kevent collects a delivered event, or sleeps until one arrives.</source>
        <extracomment>Step kevent.wait (core/steps/misc_steps.def)</extracomment>
        <translation>kevent holt ein zugestelltes Ereignis ab oder schläft, bis eines eintrifft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process sleeps off the CPU for a number of ticks.</source>
        <extracomment>Step nanosleep.sleep (core/steps/misc_steps.def)</extracomment>
        <translation>Der Prozess schläft einige Ticks lang, ohne CPU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sleep is over.</source>
        <extracomment>Step nanosleep.done (core/steps/misc_steps.def)</extracomment>
        <translation>Der Schlaf ist vorbei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lock is held by an LWP running on another CPU: it will probably be released soon, so this CPU spins instead of sleeping.</source>
        <extracomment>Step mutex.spin (core/steps/misc_steps.def)</extracomment>
        <translation>Die Sperre wird von einem LWP gehalten, der auf einer anderen CPU läuft: Sie wird wahrscheinlich bald frei, daher spinnt diese CPU, statt zu schlafen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>eventswitch first checks that a report still makes sense: not if the process is exiting, no longer traced, or has SIGKILL pending.</source>
        <extracomment>Step eventswitch.check (core/steps/sig_steps.def)</extracomment>
        <translation>eventswitch prüft zuerst, ob eine Meldung noch sinnvoll ist: nicht, wenn der Prozess endet, nicht mehr verfolgt wird oder SIGKILL anhängig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No report: both locks are released and the process carries on without stopping.</source>
        <extracomment>Step eventswitch.giveup (core/steps/sig_steps.def)</extracomment>
        <translation>Keine Meldung: Beide Sperren werden freigegeben, und der Prozess macht weiter, ohne zu stoppen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is recorded as a SIGTRAP with si_code TRAP_CHLD (or TRAP_EXEC), the event and the other process&apos;s pid - what PT_GET_PROCESS_STATE will return.</source>
        <extracomment>Step eventswitch.record (core/steps/sig_steps.def)</extracomment>
        <translation>Die Meldung wird als SIGTRAP mit si_code TRAP_CHLD (oder TRAP_EXEC) aufgezeichnet, dazu das Ereignis und die PID des anderen Prozesses – das, was PT_GET_PROCESS_STATE liefern wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The process stops (SSTOP), its parent - the debugger - gets SIGCHLD (CLD_TRAPPED) and is woken from wait().</source>
        <extracomment>Step eventswitch.stop (core/steps/sig_steps.def)</extracomment>
        <translation>Der Prozess stoppt (SSTOP), sein Elternprozess – der Debugger – bekommt SIGCHLD (CLD_TRAPPED) und wird aus wait() geweckt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both locks are released and the LWP switches away, stopped, until the debugger continues it.</source>
        <extracomment>Step eventswitch.switch (core/steps/sig_steps.def)</extracomment>
        <translation>Beide Sperren werden freigegeben, und der LWP gibt die CPU gestoppt ab, bis der Debugger ihn fortsetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continued by the debugger. After a TRAP_CHLD stop, a vfork parent must still wait for its child: proc_lock is taken to check.</source>
        <extracomment>Step eventswitch.resumed (core/steps/sig_steps.def)</extracomment>
        <translation>Vom Debugger fortgesetzt. Nach einem TRAP_CHLD-Stopp muss ein vfork-Elternprozess immer noch auf seinen Kindprozess warten: proc_lock wird zum Prüfen genommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is l_vforkwaiting still set?</source>
        <extracomment>Step eventswitch.vfork_wait_check (core/steps/sig_steps.def)</extracomment>
        <translation>Ist l_vforkwaiting noch gesetzt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The continued vfork parent sleeps on l_waitcv until the child execs or exits - even if it was continued with PT_KILL.</source>
        <extracomment>Step eventswitch.vfork_cv_wait (core/steps/sig_steps.def)</extracomment>
        <translation>Der fortgesetzte vfork-Elternprozess schläft auf l_waitcv, bis der Kindprozess exec aufruft oder endet – selbst wenn er mit PT_KILL fortgesetzt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Woken: proc_lock is re-taken and the flag checked again.</source>
        <extracomment>Step eventswitch.vfork_wakeup (core/steps/sig_steps.def)</extracomment>
        <translation>Aufgeweckt: proc_lock wird wieder genommen und das Flag erneut geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock is released; eventswitch returns.</source>
        <extracomment>Step eventswitch.unlock (core/steps/sig_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben; eventswitch kehrt zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child takes proc_lock ...</source>
        <extracomment>Step eventswitchchild.proc_lock (core/steps/sig_steps.def)</extracomment>
        <translation>Der Kindprozess nimmt proc_lock ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>... and its p_lock, to report itself.</source>
        <extracomment>Step eventswitchchild.p_lock (core/steps/sig_steps.def)</extracomment>
        <translation>... und sein p_lock, um sich zu melden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still traced as a fork child? A debugger that detached before the child first ran cancels the report.</source>
        <extracomment>Step eventswitchchild.recheck (core/steps/sig_steps.def)</extracomment>
        <translation>Noch als fork-Kindprozess verfolgt? Ein Debugger, der sich abgekoppelt hat, bevor der Kindprozess zum ersten Mal lief, verhindert die Meldung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not traced any more: the locks are released and the child returns to user mode.</source>
        <extracomment>Step eventswitchchild.unlock (core/steps/sig_steps.def)</extracomment>
        <translation>Nicht mehr verfolgt: Die Sperren werden freigegeben, und der Kindprozess kehrt in den Benutzermodus zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signal is posted to the process.</source>
        <extracomment>Step psignal.post (core/steps/sig_steps.def)</extracomment>
        <translation>Ein Signal wird an den Prozess gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stop signal (or any signal, for a traced process) stops the process; the parent is notified with SIGCHLD.</source>
        <extracomment>Step issignal.stop (core/steps/sig_steps.def)</extracomment>
        <translation>Ein Stoppsignal (bei einem verfolgten Prozess jedes Signal) stoppt den Prozess; der Elternprozess wird mit SIGCHLD benachrichtigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signal&apos;s default action terminates the process.</source>
        <extracomment>Step postsig.sigexit (core/steps/sig_steps.def)</extracomment>
        <translation>Die Standardaktion des Signals beendet den Prozess.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process runs its own code in user mode for one tick; the kernel is not involved.</source>
        <extracomment>Step user.compute (core/steps/user_steps.def)</extracomment>
        <translation>Der Prozess führt einen Tick lang seinen eigenen Code im Benutzermodus aus; der Kernel ist nicht beteiligt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The process traps into the kernel to make a system call.</source>
        <extracomment>Step user.syscall (core/steps/user_steps.def)</extracomment>
        <translation>Der Prozess springt per Trap in den Kernel, um einen Systemaufruf zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On its way back to user mode the LWP finds a pending signal and acts on it.</source>
        <extracomment>Step user.userret_signal (core/steps/user_steps.def)</extracomment>
        <translation>Auf dem Rückweg in den Benutzermodus findet der LWP ein anhängiges Signal und reagiert darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait takes proc_lock to look at its children.</source>
        <extracomment>Step wait.proc_lock (core/steps/wait_steps.def)</extracomment>
        <translation>wait nimmt proc_lock, um seine Kindprozesse anzusehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait scans the children list for a zombie, or a stopped child not yet reported, that matches the pid and the exit-signal options (WALTSIG/WALLSIG).</source>
        <extracomment>Step wait.find_child (core/steps/wait_steps.def)</extracomment>
        <translation>wait durchsucht die Kinderliste nach einem Zombie oder einem noch nicht gemeldeten gestoppten Kindprozess, der zur PID und zu den Exit-Signal-Optionen (WALTSIG/WALLSIG) passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A zombie is reaped: its status is returned, its pid freed, nprocs and the per-uid count decremented - unless a debugger is reaping a child it stole, which is handed back to its real parent instead.</source>
        <extracomment>Step wait.reap (core/steps/wait_steps.def)</extracomment>
        <translation>Ein Zombie wird eingesammelt: Sein Status wird zurückgegeben, seine PID freigegeben, nprocs und der Zähler pro UID verringert – es sei denn, ein Debugger sammelt einen Kindprozess ein, den er sich genommen hat; der wird stattdessen seinem echten Elternprozess zurückgegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stopped child is reported once (&quot;stopped by signal&quot;).</source>
        <extracomment>Step wait.stopped (core/steps/wait_steps.def)</extracomment>
        <translation>Ein gestoppter Kindprozess wird einmal gemeldet („stopped by signal“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to report yet: wait sleeps on the caller&apos;s p_waitcv, releasing proc_lock. A child&apos;s exit or stop will wake it.</source>
        <extracomment>Step wait.sleep (core/steps/wait_steps.def)</extracomment>
        <translation>Noch nichts zu melden: wait schläft auf dem p_waitcv des Aufrufers und gibt dabei proc_lock frei. Das Ende oder der Stopp eines Kindprozesses weckt es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Woken: proc_lock is re-taken and the children scanned again.</source>
        <extracomment>Step wait.wakeup (core/steps/wait_steps.def)</extracomment>
        <translation>Aufgeweckt: proc_lock wird wieder genommen und die Kinderliste erneut durchsucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proc_lock is released and wait returns.</source>
        <extracomment>Step wait.return (core/steps/wait_steps.def)</extracomment>
        <translation>proc_lock wird freigegeben, und wait kehrt zurück.</translation>
    </message>
</context>
<context>
    <name>PictureFile</name>
    <message>
        <location filename="../../ui/picture_file.cpp" line="+24"/>
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
    <name>ScenarioBrowser</name>
    <message>
        <location filename="../../ui/scenario_browser.cpp" line="+26"/>
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
    <name>ScenarioEditor</name>
    <message>
        <location filename="../../ui/scenario_editor.cpp" line="+148"/>
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
        <location line="+67"/>
        <source>untitled.json</source>
        <translation>unbenannt.json</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>State</name>
    <message>
        <location filename="../../ui/state_colors.cpp" line="+33"/>
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
    <name>SummaryCharts</name>
    <message>
        <location filename="../../ui/summary_charts.cpp" line="+177"/>
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
        <location line="+50"/>
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
        <location line="+8"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline_view.cpp" line="+35"/>
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
        <location line="+2"/>
        <source>lock held</source>
        <translation>Sperre gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held, contended</source>
        <translation>gehalten, umkämpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wheel: zoom. Drag: pan. Click: go to that step. Double-click: show all.</source>
        <translation>Mausrad: zoomen. Ziehen: verschieben. Klick: zu diesem Schritt. Doppelklick: alles zeigen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+206"/>
        <source>tick</source>
        <translation>Tick</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>nprocs</source>
        <translation>nprocs</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+182"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-55"/>
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
    <name>fsui::BreakpointDialog</name>
    <message>
        <location filename="../../ui/breakpoint_dialog.cpp" line="+19"/>
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
        <location filename="../../ui/challenge_panel.cpp" line="+49"/>
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
        <location line="+6"/>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You left scheduler mode. Press Restart to try again.</source>
        <translation>Sie haben den Scheduler-Modus verlassen. Drücken Sie „Neu starten“, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+27"/>
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
    <name>fsui::CpuView</name>
    <message>
        <location filename="../../ui/cpu_view.cpp" line="+16"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>spinning on a lock</source>
        <translation>spinnt an einer Sperre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>spinning on %1</source>
        <translation>spinnt an %1</translation>
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
        <location line="+3"/>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>run queue: empty</source>
        <translation>Run-Queue: leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run queue: %1</source>
        <translation>Run-Queue: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click a CPU (or press 0-9) to run the next step on it</source>
        <translation>Klicken Sie auf eine CPU (oder drücken Sie 0–9), um dort den nächsten Schritt auszuführen</translation>
    </message>
</context>
<context>
    <name>fsui::ForkpyDialog</name>
    <message>
        <location filename="../../ui/forkpy_dialog.cpp" line="+35"/>
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
    <name>fsui::KernForkView</name>
    <message>
        <location filename="../../ui/kern_fork_view.cpp" line="+131"/>
        <source>Use File &gt; Open kern_fork.c... to show your own copy of NetBSD&apos;s kern_fork.c (revision 1.231) here.</source>
        <translation>Mit Datei &gt; kern_fork.c öffnen... zeigen Sie hier Ihre eigene Kopie von NetBSDs kern_fork.c (Revision 1.231) an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>fsui::LockView</name>
    <message>
        <location filename="../../ui/lock_view.cpp" line="+14"/>
        <source>Locks and wait channels</source>
        <translation>Sperren und Wartekanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock or wait channel</source>
        <translation>Sperre oder Wartekanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mutexes</source>
        <translation>Mutexe</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+1"/>
        <source> (running on CPU %1)</source>
        <translation> (läuft auf CPU %1)</translation>
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
        <location line="+4"/>
        <source>%n idle p_lock(s)</source>
        <translation>
            <numerusform>%n unbenutzter p_lock</numerusform>
            <numerusform>%n unbenutzte p_locks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one per process, free</source>
        <translation>einer pro Prozess, frei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Condition variables and sleeps</source>
        <translation>Bedingungsvariablen und Schlafen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody is asleep</source>
        <translation>niemand schläft</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the vfork parent, blocked</source>
        <translation>der vfork-Elternprozess, blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in wait()</source>
        <translation>in wait()</translation>
    </message>
</context>
<context>
    <name>fsui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="+38"/>
        <source>Forkscope</source>
        <translation>Forkscope</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Narration</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Scenario Editor</source>
        <translation>Szenario-Editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+206"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What Changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary Charts</source>
        <translation>Übersichtsdiagramme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduler Challenge</source>
        <translation>Scheduler-Aufgabe</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+15"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Scheduler</source>
        <translation>&amp;Scheduler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Classroom</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — Forkscope</source>
        <translation>%1 — Forkscope</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+165"/>
        <source>Cannot open the scenario</source>
        <translation>Das Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Recording %1...</source>
        <translation>Zeichne %1 auf...</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Recording... %n step(s)</source>
        <translation>
            <numerusform>Zeichne auf... %n Schritt</numerusform>
            <numerusform>Zeichne auf... %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+8"/>
        <source>untitled.json</source>
        <translation>unbenannt.json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The quiz holds the run at step %1: answer the question first.</source>
        <translation>Das Quiz hält den Lauf bei Schritt %1 an: Beantworten Sie zuerst die Frage.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Timeline: your schedule, from recorded step %1</source>
        <translation>Zeitleiste: Ihr Ablauf, ab aufgezeichnetem Schritt %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No scenario: open one with Ctrl+O or pick one under Scenarios</source>
        <translation>Kein Szenario: Öffnen Sie eines mit Strg+O oder wählen Sie eines unter Szenarien</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · expectations %1 passed, %2 failed</source>
        <translation> · Erwartungen: %1 erfüllt, %2 verfehlt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no such file or bundled scenario</source>
        <translation>%1: weder eine Datei noch ein mitgeliefertes Szenario</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_actions.cpp" line="+103"/>
        <source>About Forkscope</source>
        <translation>Über Forkscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Forkscope %1&lt;/h3&gt;&lt;p&gt;Watch NetBSD&apos;s fork1() (kern_fork.c revision 1.231) run on a simulated SMP machine, step by step, forwards and backwards.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Forkscope %1&lt;/h3&gt;&lt;p&gt;Sehen Sie NetBSDs fork1() (kern_fork.c Revision 1.231) auf einer simulierten SMP-Maschine laufen, Schritt für Schritt, vorwärts und rückwärts.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open Scenario or Trace</source>
        <translation>Szenario oder Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scenarios and traces (*.json);;All files (*)</source>
        <translation>Szenarien und Aufzeichnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+30"/>
        <source>Open a scenario first.</source>
        <translation>Öffnen Sie zuerst ein Szenario.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Save Trace</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forkscope trace (*.json)</source>
        <translation>Forkscope-Aufzeichnung (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="-29"/>
        <source>Export Chrome Trace</source>
        <translation>Chrome-Trace exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chrome Trace Event JSON (*.json)</source>
        <translation>Chrome-Trace-Event-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+17"/>
        <source>Select a step in &quot;fork1 Step by Step&quot; first.</source>
        <translation>Wählen Sie zuerst einen Schritt in „fork1 schrittweise“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breakpoint set: %1</source>
        <translation>Haltepunkt gesetzt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+67"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>fsui::NarrationView</name>
    <message>
        <location filename="../../ui/narration_view.cpp" line="+27"/>
        <source>Narration</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;You are the scheduler · step %1 · tick %2&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sie sind der Scheduler · Schritt %1 · Tick %2&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Step %1 of %2 · tick %3&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Schritt %1 von %2 · Tick %3&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario note:</source>
        <translation>Hinweis des Szenarios:</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+11"/>
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
        <source>&lt;h3&gt;Next&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Als Nächstes&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>fsui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.cpp" line="+16"/>
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
        <location filename="../../ui/proc_node_item.cpp" line="+43"/>
        <source>
Chips: filled = shared with the parent, dashed = copied</source>
        <translation>
Chips: gefüllt = mit dem Elternprozess geteilt, gestrichelt = kopiert</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>reaped</source>
        <translation>eingesammelt</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+22"/>
        <source>p_lock</source>
        <translation>p_lock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vm</source>
        <translation>vm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cwd</source>
        <translation>cwd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sigacts</source>
        <translation>sigacts</translation>
    </message>
</context>
<context>
    <name>fsui::ProcTreeView</name>
    <message>
        <location filename="../../ui/proc_tree_view.cpp" line="+31"/>
        <source>Process tree</source>
        <translation>Prozessbaum</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>asleep on %1</source>
        <translation>schläft auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spinning · %1</source>
        <translation>spinnt · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exit status %1 · waiting to be reaped</source>
        <translation>Exit-Status %1 · wartet aufs Einsammeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being built by fork1()</source>
        <translation>wird von fork1() aufgebaut</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>real parent (p_ppid)</source>
        <translation>echter Elternprozess (p_ppid)</translation>
    </message>
</context>
<context>
    <name>fsui::QuizPanel</name>
    <message>
        <location filename="../../ui/quiz_panel.cpp" line="+56"/>
        <location line="+85"/>
        <source>&amp;Start the Quiz</source>
        <translation>Quiz &amp;starten</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Answer</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop &amp;Quiz</source>
        <translation>&amp;Quiz beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+191"/>
        <source>&amp;Next Question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Open a scenario first: the quiz asks about the run on screen.</source>
        <translation>Öffnen Sie zuerst ein Szenario: Das Quiz fragt nach dem angezeigten Lauf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Predict what the kernel does next.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The run stops just before a moment that matters: a system call returns, a lock is contended, a process stops or exits. You can look at every view and step backwards, but not forwards. Pick an answer; the run then moves on and shows what NetBSD did, and why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sagen Sie voraus, was der Kernel als Nächstes tut.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Der Lauf hält kurz vor einem entscheidenden Moment an: Ein Systemaufruf kehrt zurück, eine Sperre ist umkämpft, ein Prozess stoppt oder endet. Sie können sich jede Ansicht ansehen und rückwärts gehen, aber nicht vorwärts. Wählen Sie eine Antwort; danach geht der Lauf weiter und zeigt, was NetBSD getan hat und warum.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;p&gt;This run has no moment the quiz can ask about (no fork, wait, lock contention, stop or exit whose outcome could be predicted). Try another scenario, e.g. &lt;i&gt;maxproc-storm&lt;/i&gt; or &lt;i&gt;proc-lock-spin&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In diesem Lauf gibt es keinen Moment, nach dem das Quiz fragen könnte (kein fork, wait, Sperrkonflikt, Stopp oder Ende, dessen Ausgang sich vorhersagen ließe). Versuchen Sie ein anderes Szenario, z. B. &lt;i&gt;maxproc-storm&lt;/i&gt; oder &lt;i&gt;proc-lock-spin&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Question %1 of %2 · step %3 · score %4/%5</source>
        <translation>Frage %1 von %2 · Schritt %3 · Punkte %4/%5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Question %1: the run is held at step %2 until you answer.</source>
        <translation>Frage %1: Der Lauf bleibt bei Schritt %2 stehen, bis Sie antworten.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+6"/>
        <source>kern_fork.c line %1</source>
        <translation>kern_fork.c, Zeile %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See the &amp;Result</source>
        <translation>&amp;Ergebnis ansehen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;b&gt;Quiz finished: %1 of %2 right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quiz beendet: %1 von %2 richtig.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your best on this scenario so far: %1 of %2.</source>
        <translation>Ihr bisher bestes Ergebnis in diesem Szenario: %1 von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try Again (choices reshuffled)</source>
        <translation>Noch ein&amp;mal (Antworten neu gemischt)</translation>
    </message>
</context>
<context>
    <name>fsui::Session</name>
    <message>
        <location filename="../../ui/session.cpp" line="+35"/>
        <source>Recording of %1 was cancelled.</source>
        <translation>Die Aufzeichnung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: unreadable</source>
        <translation>%1: nicht lesbar</translation>
    </message>
</context>
<context>
    <name>fsui::SourceView</name>
    <message>
        <location filename="../../ui/source_view.cpp" line="+22"/>
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
        <location line="+100"/>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
</context>
<context>
    <name>fsui::TransportBar</name>
    <message>
        <location filename="../../ui/transport_bar.cpp" line="+20"/>
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
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+43"/>
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
        <source>Window size for --screenshot (default 1680x1000).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1680x1000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User-interface language: en, de or system (default: the one chosen under File &gt; Preferences).</source>
        <translation>Sprache der Oberfläche: en, de oder system (Standard: die unter Datei &gt; Einstellungen gewählte).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--goto needs a step number, not &apos;%1&apos;</source>
        <translation>--goto braucht eine Schrittnummer, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size needs WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>--size braucht BREITExHÖHE, z. B. 1366x768</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--screenshot needs a scenario or trace</source>
        <translation>--screenshot braucht ein Szenario oder eine Aufzeichnung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
