<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EventLogView</name>
    <message numerus="yes">
        <location filename="../../ui/event_log_view.cpp" line="+81"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message numerus="yes">
        <location filename="../../ui/scenario_editor.cpp" line="+276"/>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n error(s): fix them to run</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n error: fix it to run</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;&amp;#10008;&lt;/span&gt; %n errors: fix them to run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::LoadProgress</name>
    <message numerus="yes">
        <location filename="../../ui/load_progress.cpp" line="+58"/>
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
        <location filename="../../ui/lock_view.cpp" line="+138"/>
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
        <location filename="../../ui/main_window.cpp" line="+621"/>
        <source>... and %n more error(s): see Show Details.</source>
        <translation>
            <numerusform>... and %n more error: see Show Details.</numerusform>
            <numerusform>... and %n more errors: see Show Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::ProgramView</name>
    <message numerus="yes">
        <location filename="../../ui/program_view.cpp" line="+166"/>
        <source>computing, %n tick(s) left</source>
        <translation>
            <numerusform>computing, %n tick left</numerusform>
            <numerusform>computing, %n ticks left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fsui::TransportBar</name>
    <message numerus="yes">
        <location filename="../../ui/transport_bar.cpp" line="+31"/>
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n step/s</numerusform>
            <numerusform>%n steps/s</numerusform>
        </translation>
    </message>
</context>
</TS>
