<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Storage</name>
    <message>
        <source>The Chinese translation is missing from this build.</source>
        <translation>缺少中文翻译文件。</translation>
    </message>
    <message>
        <source>Cannot read the file&apos;s version; it was not modified: %1</source>
        <translation>无法读取文件版本，文件未作改动：%1</translation>
    </message>
    <message>
        <source>This file was saved by a newer JobBridge (data version %1; this program supports up to %2). Update the program to open it; the file was not modified.</source>
        <translation>此文件由较新版本的 JobBridge 保存（数据版本 %1，本程序最高支持 %2），请升级程序后再打开；文件未作改动。</translation>
    </message>
    <message>
        <source>The file is read-only: %1</source>
        <translation>文件只读，无法打开编辑：%1</translation>
    </message>
    <message>
        <source>The file already exists and will not be overwritten: %1</source>
        <translation>文件已存在，不会覆盖：%1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The target file already exists and will not be overwritten: %1</source>
        <translation>目标文件已存在，不会覆盖：%1</translation>
    </message>
</context>
</TS>
