<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Full screen (F)</source>
        <translation>&amp;Plein écran (F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Adjust this routine…</source>
        <translation>&amp;Ajuster cette séance…</translation>
    </message>
    <message>
        <source>&amp;Default intervals…</source>
        <translation>Intervalles par &amp;défaut…</translation>
    </message>
    <message>
        <source>&amp;Voice…</source>
        <translation>&amp;Voix…</translation>
    </message>
    <message>
        <source>&amp;Weekly plan…</source>
        <translation>&amp;Planning de la semaine…</translation>
    </message>
    <message>
        <source>&amp;Export weekly plan to calendar…</source>
        <translation>&amp;Exporter le planning vers l&apos;agenda…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Afficher le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;About BackTrainer</source>
        <translation>À &amp;propos de BackTrainer</translation>
    </message>
</context>
</TS>
