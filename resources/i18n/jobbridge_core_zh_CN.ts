<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>The record&apos;s number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>台账文件</translation>
    </message>
    <message>
        <source>Need one file name and --id</source>
        <translation>需要一个文件名和 --id</translation>
    </message>
    <message>
        <source>--id needs a record number (got &quot;%1&quot;)</source>
        <translation>--id 需要记录编号（收到“%1”）</translation>
    </message>
    <message>
        <source>Close a vacancy as of today</source>
        <translation>关闭岗位（关闭日期为今天）</translation>
    </message>
    <message>
        <source>Reopen a closed or filled vacancy</source>
        <translation>重新开放已关闭或已招满的岗位</translation>
    </message>
    <message>
        <source>Vacancy %1 closed on %2.</source>
        <translation>岗位 %1 已于 %2 关闭。</translation>
    </message>
    <message>
        <source>Vacancy %1 reopened.</source>
        <translation>岗位 %1 已重新开放招聘。</translation>
    </message>
    <message>
        <source>How the flag was settled (added to its note)</source>
        <translation>如何解决（添加到标记的备注中）</translation>
    </message>
    <message>
        <source>Resolve a monitoring flag as of today</source>
        <translation>将监测标记记为已解决（解决日期为今天）</translation>
    </message>
    <message>
        <source>Flag %1 resolved on %2.</source>
        <translation>监测标记 %1 已于 %2 解决。</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;</source>
        <translation>未知子命令“%1”</translation>
    </message>
    <message>
        <source>Usage: jobbridge-cli vacancy close DB --id N [--today YYYY-MM-DD] [--json]
       jobbridge-cli vacancy reopen DB --id N [--json]
</source>
        <translation>用法：jobbridge-cli vacancy close DB --id N [--today YYYY-MM-DD] [--json]
      jobbridge-cli vacancy reopen DB --id N [--json]
</translation>
    </message>
    <message>
        <source>Usage: jobbridge-cli flag resolve DB --id N [--note TEXT] [--today YYYY-MM-DD] [--json]
</source>
        <translation>用法：jobbridge-cli flag resolve DB --id N [--note TEXT] [--today YYYY-MM-DD] [--json]
</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>This flag was resolved on %1 already.</source>
        <translation>该监测标记已于 %1 解决。</translation>
    </message>
    <message>
        <source>This vacancy was closed on %1 already.</source>
        <translation>该岗位已于 %1 关闭。</translation>
    </message>
    <message>
        <source>This vacancy was filled on %1; only an open vacancy can be closed.</source>
        <translation>该岗位已于 %1 招满，只有招聘中的岗位可以关闭。</translation>
    </message>
    <message>
        <source>This vacancy is open already.</source>
        <translation>该岗位已在招聘中。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>No report can be made for “%1” on %2: choose a month of this year up to the current one, or an earlier month kept in the file.</source>
        <translation>%2 不能出“%1”的月报：请选择今年截至本月的月份，或文件中保存的更早月份。</translation>
    </message>
</context>
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
<context>
    <name>Targets</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已撤销）</translation>
    </message>
</context>
</TS>
