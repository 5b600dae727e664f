<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Full screen (F)</source>
        <translation>&amp;Vollbild (F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Adjust this routine…</source>
        <translation>Dieses Programm &amp;anpassen…</translation>
    </message>
    <message>
        <source>&amp;Default intervals…</source>
        <translation>&amp;Standard-Intervalle…</translation>
    </message>
    <message>
        <source>&amp;Voice…</source>
        <translation>S&amp;timme…</translation>
    </message>
    <message>
        <source>&amp;Weekly plan…</source>
        <translation>&amp;Wochenplan…</translation>
    </message>
    <message>
        <source>&amp;Export weekly plan to calendar…</source>
        <translation>Wochenplan in den &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>&amp;Protokollordner zeigen</translation>
    </message>
    <message>
        <source>&amp;About BackTrainer</source>
        <translation>Ü&amp;ber BackTrainer</translation>
    </message>
</context>
</TS>
