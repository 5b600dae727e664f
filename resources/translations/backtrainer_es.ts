<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Full screen (F)</source>
        <translation>&amp;Pantalla completa (F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Adjust this routine…</source>
        <translation>&amp;Ajustar esta rutina…</translation>
    </message>
    <message>
        <source>&amp;Default intervals…</source>
        <translation>Intervalos por &amp;defecto…</translation>
    </message>
    <message>
        <source>&amp;Voice…</source>
        <translation>&amp;Voz…</translation>
    </message>
    <message>
        <source>&amp;Weekly plan…</source>
        <translation>&amp;Plan semanal…</translation>
    </message>
    <message>
        <source>&amp;Export weekly plan to calendar…</source>
        <translation>&amp;Exportar el plan semanal al calendario…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Mostrar la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About BackTrainer</source>
        <translation>&amp;Acerca de BackTrainer</translation>
    </message>
</context>
</TS>
