<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <location filename="../../ui/shell/export_commands.cpp" line="+93"/>
        <source>Rendering %n frame(s)...</source>
        <translation>
            <numerusform>Rendering %n frame...</numerusform>
            <numerusform>Rendering %n frames...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Rendering %n page(s)...</source>
        <translation>
            <numerusform>Rendering %n page...</numerusform>
            <numerusform>Rendering %n pages...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Printing %n page(s)...</source>
        <translation>
            <numerusform>Printing %n page...</numerusform>
            <numerusform>Printing %n pages...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::EventLogView</name>
    <message numerus="yes">
        <location filename="../../ui/views/event_log_view.cpp" line="+83"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::ExportStepsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/export/export_dialog.cpp" line="+31"/>
        <source>Step 0 is the machine before the first step; this run has %n step(s). A range with /5 takes every fifth step.</source>
        <translation>
            <numerusform>Step 0 is the machine before the first step; this run has %n step. A range with /5 takes every fifth step.</numerusform>
            <numerusform>Step 0 is the machine before the first step; this run has %n steps. A range with /5 takes every fifth step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n page(s), one step on each, landscape.</source>
        <translation>
            <numerusform>%n page, one step on each, landscape.</numerusform>
            <numerusform>%n pages, one step on each, landscape.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n PNG image(s), one per step.</source>
        <translation>
            <numerusform>%n PNG image, one per step.</numerusform>
            <numerusform>%n PNG images, one per step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n frame(s), %1 s in all; the animation loops.</source>
        <translation>
            <numerusform>%n frame, %1 s in all; the animation loops.</numerusform>
            <numerusform>%n frames, %1 s in all; the animation loops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::LoadProgress</name>
    <message numerus="yes">
        <location filename="../../ui/shell/load_progress.cpp" line="+58"/>
        <source>Recording %1: %Ln step(s)...</source>
        <translation>
            <numerusform>Recording %1: %Ln step...</numerusform>
            <numerusform>Recording %1: %Ln steps...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::LockView</name>
    <message numerus="yes">
        <location filename="../../ui/views/lock_view.cpp" line="+190"/>
        <source>%n idle p_lock(s)</source>
        <translation>
            <numerusform>%n idle p_lock</numerusform>
            <numerusform>%n idle p_locks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/shell/main_window.cpp" line="+362"/>
        <source>... and %n more error(s): see Show Details.</source>
        <translation>
            <numerusform>... and %n more error: see Show Details.</numerusform>
            <numerusform>... and %n more errors: see Show Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::ProcTreeView</name>
    <message numerus="yes">
        <location filename="../../ui/views/proc_node_text.cpp" line="+45"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <location line="+6"/>
        <source>%n LWP(s)</source>
        <translation>
            <numerusform>%n LWP</numerusform>
            <numerusform>%n LWPs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::ProgramView</name>
    <message numerus="yes">
        <location filename="../../ui/views/program_view.cpp" line="+173"/>
        <source>computing, %n tick(s) left</source>
        <translation>
            <numerusform>computing, %n tick left</numerusform>
            <numerusform>computing, %n ticks left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::ScenarioEditor</name>
    <message numerus="yes">
        <location filename="../../ui/editor/scenario_editor.cpp" line="+204"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n error(s): fix them to run</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n error: fix it to run</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n errors: fix them to run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::TransportBar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/transport_bar.cpp" line="+31"/>
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n step/s</numerusform>
            <numerusform>%n steps/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <location filename="../../app/gui/main.cpp" line="+235"/>
        <source>%1: steps %2 (%n step(s))</source>
        <translation>
            <numerusform>%1: steps %2 (%n step)</numerusform>
            <numerusform>%1: steps %2 (%n steps)</numerusform>
        </translation>
    </message>
</context>
</TS>
