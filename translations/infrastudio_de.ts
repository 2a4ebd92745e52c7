<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Infra</name>
    <message>
        <source>%1 vCPU · %2 GB · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks %1–%2–%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Infra::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Infra::NodeVisual</name>
    <message>
        <source>cache hit %1 % · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS 443 · redirect 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS 443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c=%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · PostgreSQL %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3→%4 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pool · port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sizing · %2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Redis %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replica(s)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unversioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan on push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate every %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs kept %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visibility %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
