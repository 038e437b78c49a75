<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Create a file whose home organisation is division CODE</source>
        <translation>新建台账文件，本单位为行政区划代码 CODE</translation>
    </message>
    <message>
        <source>Fill a file with a demo county (created if missing; default 340122)</source>
        <translation>生成演示县数据（文件不存在则新建，默认肥东县 340122）</translation>
    </message>
    <message>
        <source>Record counts per table and key group</source>
        <translation>各表记录数与各重点群体人数</translation>
    </message>
    <message>
        <source>Progress against targets (as the dashboard)</source>
        <translation>指标完成情况（与仪表盘相同）</translation>
    </message>
    <message>
        <source>Submit a month&apos;s report and lock it</source>
        <translation>报送并锁定月报</translation>
    </message>
    <message>
        <source>Unlock a submitted month (audited)</source>
        <translation>解锁（记入日志）</translation>
    </message>
    <message>
        <source>Monthly report (format from the extension)</source>
        <translation>月报（格式按扩展名）</translation>
    </message>
    <message>
        <source>Import a worker or vacancy list (CSV); rows with issues go to an error file</source>
        <translation>导入劳动者或岗位清单（CSV），有问题的行可写入错误文件</translation>
    </message>
    <message>
        <source>Export the worker, enterprise or vacancy list (masked unless --unmasked, which is audited)</source>
        <translation>导出劳动者、企业或岗位清单（默认遮蔽身份证和电话；--unmasked 记入审计日志）</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Undo an import (created records removed, updated ones restored)</source>
        <translation>撤销一批导入（新建的删除，更新的恢复）</translation>
    </message>
    <message>
        <source>Export a package for the organisation above; import packages from below (lists what changed)</source>
        <translation>导出上报包；导入下级单位的上报包（显示变化）</translation>
    </message>
    <message>
        <source>Language of the output, anywhere on the line (default: $JOBBRIDGE_LANG, else the system&apos;s)</source>
        <translation>输出语言，可写在命令行任意位置（默认取 $JOBBRIDGE_LANG，否则按系统语言）</translation>
    </message>
    <message>
        <source>This text; the version</source>
        <translation>本说明；版本号</translation>
    </message>
    <message>
        <source>Usage: jobbridge-cli &lt;command&gt; [options]</source>
        <translation>用法：jobbridge-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 wrong usage; 2 bad data or file</source>
        <translation>退出码：0 成功；1 用法错误；2 数据或文件无法使用</translation>
    </message>
    <message>
        <source>Home division code (GB/T 2260)</source>
        <translation>本单位的行政区划代码（GB/T 2260）</translation>
    </message>
    <message>
        <source>the new file</source>
        <translation>新文件</translation>
    </message>
    <message>
        <source>Create a file</source>
        <translation>新建台账文件</translation>
    </message>
    <message>
        <source>Need one file name and --org CODE</source>
        <translation>需要一个文件名和 --org CODE</translation>
    </message>
    <message>
        <source>Created %1: %2 (%3)</source>
        <translation>已新建 %1：%2 (%3)</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer</source>
        <translation>--seed 需要非负整数</translation>
    </message>
    <message>
        <source>--workers needs a non-negative integer</source>
        <translation>--workers 需要非负整数</translation>
    </message>
    <message>
        <source>--enterprises needs a non-negative integer</source>
        <translation>--enterprises 需要非负整数</translation>
    </message>
    <message>
        <source>--vacancies needs a non-negative integer</source>
        <translation>--vacancies 需要非负整数</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>劳动者人数</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Vacancies (default ~4 each)</source>
        <translation>岗位数（默认每家约4个）</translation>
    </message>
    <message>
        <source>Home code for a new file (default 340122)</source>
        <translation>新建文件时的本单位代码（默认 340122）</translation>
    </message>
    <message>
        <source>Treat this date as today (default: today)</source>
        <translation>以此日期为“今天”（默认今天）</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>台账文件</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Need one file name</source>
        <translation>需要一个文件名</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 enterprises, %3 vacancies, %4 workers, %5 fairs, %6 referrals, %7 services</source>
        <translation>演示数据已生成 %1：%2 家企业，%3 个岗位，%4 名劳动者，%5 场招聘会，%6 条推荐，%7 条服务</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>记录统计</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, schema v%4</source>
        <translation>%1 (%2) — %3，数据版本 v%4</translation>
    </message>
    <message>
        <source>Key groups:</source>
        <translation>重点群体：</translation>
    </message>
    <message>
        <source>--kind must be workers, enterprises or vacancies (got &quot;%1&quot;)</source>
        <translation>--kind 须为 workers、enterprises 或 vacancies（收到“%1”）</translation>
    </message>
    <message>
        <source>The output must end in .csv or .xlsx</source>
        <translation>输出文件须以 .csv 或 .xlsx 结尾</translation>
    </message>
    <message>
        <source>--today needs YYYY-MM-DD</source>
        <translation>--today 需要 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>List: workers|enterprises|vacancies</source>
        <translation>清单：workers|enterprises|vacancies</translation>
    </message>
    <message>
        <source>Full ID and phone numbers, enterprises&apos; contact phones (recorded in the audit log)</source>
        <translation>导出完整身份证号和手机号、企业联系电话（记入审计日志）</translation>
    </message>
    <message>
        <source>Only the rows a search finds (workers: name, last digits of ID or phone; enterprises and vacancies: enterprise name or credit code)</source>
        <translation>只导出搜索结果（劳动者：姓名、身份证或手机号尾号；企业和岗位：企业名称或信用代码）</translation>
    </message>
    <message>
        <source>Date for ages and the promise</source>
        <translation>以此日期计算年龄和一周承诺</translation>
    </message>
    <message>
        <source>the output, .csv or .xlsx</source>
        <translation>输出文件 .csv 或 .xlsx</translation>
    </message>
    <message>
        <source>Export a list</source>
        <translation>导出清单</translation>
    </message>
    <message>
        <source>Need the file, the output and --kind</source>
        <translation>需要文件名、输出文件和 --kind</translation>
    </message>
    <message>
        <source>Exported %1 rows → %2 (unmasked, audited)</source>
        <translation>已导出 %1 行 → %2（未遮蔽，已记入审计日志）</translation>
    </message>
    <message>
        <source>Exported %1 rows → %2</source>
        <translation>已导出 %1 行 → %2</translation>
    </message>
    <message>
        <source>Dry run (nothing was written): %1</source>
        <translation>试导入（未写入任何数据）：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>encoding %1, delimiter %2, header on line %3</source>
        <translation>编码 %1，分隔符 %2，表头在第 %3 行</translation>
    </message>
    <message>
        <source>read %1 rows: inserted %2, updated %3, unchanged %4, rejected %5; warnings %6; empty rows skipped %7</source>
        <translation>读取 %1 行：新增 %2，更新 %3，未变 %4，未导入 %5；警告 %6；跳过空行 %7</translation>
    </message>
    <message>
        <source>Saved column mapping applied: %1</source>
        <translation>已套用保存的列对应方案：%1</translation>
    </message>
    <message>
        <source>batch %1 (can be undone with import-undo)</source>
        <translation>导入批次 %1（可用 import-undo 撤销）</translation>
    </message>
    <message>
        <source>line %1 [%2] %3</source>
        <translation>第 %1 行 [%2] %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>… %1 more issues: see the error file (--errors)</source>
        <translation>……另有 %1 条问题，见错误文件（--errors）</translation>
    </message>
    <message>
        <source>--kind needs workers or vacancies</source>
        <translation>--kind 需要 workers 或 vacancies</translation>
    </message>
    <message>
        <source>--encoding needs auto, utf-8 or gb18030</source>
        <translation>--encoding 需要 auto、utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>No rows with issues; no error file was written</source>
        <translation>没有问题行，未生成错误文件</translation>
    </message>
    <message>
        <source>%1 rows written to the error file %2</source>
        <translation>已将 %1 行写入错误文件 %2</translation>
    </message>
    <message>
        <source>Write the rows with issues to this CSV (UTF-8 with BOM, opens in Excel)</source>
        <translation>把有问题的行写入此 CSV（UTF-8 带 BOM，Excel 可直接打开）</translation>
    </message>
    <message>
        <source>List: workers or vacancies</source>
        <translation>清单类型：workers 劳动者 或 vacancies 岗位</translation>
    </message>
    <message>
        <source>Validate and preview; write nothing</source>
        <translation>只检查和预览，不写入</translation>
    </message>
    <message>
        <source>File encoding (default: detected)</source>
        <translation>文件编码（默认自动判断）</translation>
    </message>
    <message>
        <source>the CSV file to import</source>
        <translation>要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>Import a worker or vacancy list (CSV)</source>
        <translation>导入劳动者或岗位清单（CSV）</translation>
    </message>
    <message>
        <source>Need the database file and the CSV file</source>
        <translation>需要台账文件和 CSV 文件</translation>
    </message>
    <message>
        <source>The batch to undo</source>
        <translation>要撤销的导入批次号</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>撤销一批导入</translation>
    </message>
    <message>
        <source>Need one file name and --batch N</source>
        <translation>需要一个文件名和 --batch N</translation>
    </message>
    <message>
        <source>Undid import batch %1 (%2)</source>
        <translation>已撤销第 %1 批导入（%2）</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>还没有导入记录</translation>
    </message>
    <message>
        <source>read %1, inserted %2, updated %3, unchanged %4, rejected %5</source>
        <translation>读取 %1，新增 %2，更新 %3，未变 %4，未导入 %5</translation>
    </message>
    <message>
        <source> (undone %1)</source>
        <translation>（已撤销 %1）</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>月份 YYYY-MM</translation>
    </message>
    <message>
        <source>Need one file name and --month</source>
        <translation>需要一个文件名和 --month</translation>
    </message>
    <message>
        <source>Submit and lock a month</source>
        <translation>报送并锁定月报</translation>
    </message>
    <message>
        <source>%1 %2 submitted and locked</source>
        <translation>%1 %2 已报送并锁定</translation>
    </message>
    <message>
        <source>Why the month is unlocked</source>
        <translation>解锁原因</translation>
    </message>
    <message>
        <source>Unlock a submitted month</source>
        <translation>解锁已报送的月报</translation>
    </message>
    <message>
        <source>Need --reason</source>
        <translation>需要 --reason</translation>
    </message>
    <message>
        <source>%1 %2 unlocked</source>
        <translation>%1 %2 已解锁</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 %4…%5 · as of %6</source>
        <translation>%1 (%2) · %3 %4…%5 · 截至 %6</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应完成</translation>
    </message>
    <message>
        <source>Sub-unit targets</source>
        <translation>下级目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sub-units (stable_employment, jobs_collected, job_fairs):</source>
        <translation>下级单位（stable_employment, jobs_collected, job_fairs）：</translation>
    </message>
    <message>
        <source>Key groups (stable_employment, contracts):</source>
        <translation>重点群体（stable_employment, contracts）：</translation>
    </message>
    <message>
        <source>Funnel:</source>
        <translation>推荐进程：</translation>
    </message>
    <message>
        <source>One-week promise (%1 days): registered %2, in promise %3, late %4, due %5, overdue %6</source>
        <translation>一周承诺（%1 天）：登记 %2，按期推荐 %3，超期推荐 %4，待推荐 %5，已超期未推荐 %6</translation>
    </message>
    <message>
        <source>Fairs by organiser level:</source>
        <translation>招聘会（按举办层级）：</translation>
    </message>
    <message>
        <source>Period: 2026, 2026-03 or a phase name</source>
        <translation>统计期：2026、2026-03 或阶段名称</translation>
    </message>
    <message>
        <source>Progress against targets</source>
        <translation>指标完成情况</translation>
    </message>
    <message>
        <source>Need one file name and --period</source>
        <translation>需要一个文件名和 --period</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 (%4…%5, as of %6) · also: %7</source>
        <translation>%1 %2 · %3（%4…%5，截至 %6）· 另含：%7</translation>
    </message>
    <message>
        <source>sub-units %1 · fairs %2 · records %3 · SHA-256 %4</source>
        <translation>下级单位 %1 · 招聘会 %2 · 记录 %3 · SHA-256 %4</translation>
    </message>
    <message>
        <source>The package file to write</source>
        <translation>上报包文件</translation>
    </message>
    <message>
        <source>Add anonymised referrals and services (no names, ID numbers or phones)</source>
        <translation>附匿名的推荐和服务记录（无姓名、证件号、电话）</translation>
    </message>
    <message>
        <source>Export a package for the organisation above</source>
        <translation>导出上报包</translation>
    </message>
    <message>
        <source>Need one file name, --period and --out</source>
        <translation>需要一个文件名、--period 和 --out</translation>
    </message>
    <message>
        <source>packages of the organisations below</source>
        <translation>下级单位的上报包</translation>
    </message>
    <message>
        <source>Import packages from the organisations below</source>
        <translation>导入下级上报包</translation>
    </message>
    <message>
        <source>Need the file and at least one package</source>
        <translation>需要台账文件和至少一个上报包</translation>
    </message>
    <message>
        <source>%1 package(s) not imported</source>
        <translation>%1 个上报包未导入</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;</source>
        <translation>未知子命令“%1”</translation>
    </message>
    <message>
        <source>Show this command&apos;s usage</source>
        <translation>显示本命令的用法</translation>
    </message>
    <message>
        <source>Count as of this day (default: today)</source>
        <translation>按哪一天计算（默认今天）</translation>
    </message>
    <message>
        <source>--today must be YYYY-MM-DD</source>
        <translation>--today 须写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Organisation code (default: the home organisation)</source>
        <translation>单位代码（默认本单位）</translation>
    </message>
    <message>
        <source>Output file: .pdf, .xlsx or .csv</source>
        <translation>输出文件 .pdf、.xlsx 或 .csv</translation>
    </message>
    <message>
        <source>The day the report is made and counted as of (default: today)</source>
        <translation>制表日期与统计截至日（默认今天）</translation>
    </message>
    <message>
        <source>Monthly report (PDF, Excel or CSV)</source>
        <translation>月报（PDF、Excel 或 CSV）</translation>
    </message>
    <message>
        <source>Need one file name, --month and --out</source>
        <translation>需要一个文件名、--month 和 --out</translation>
    </message>
    <message>
        <source>--out: %1</source>
        <translation>--out：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Written %1: %2 %3</source>
        <translation>已写入 %1：%2 %3</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en (got &quot;%1&quot;)</source>
        <translation>--lang 须为 zh_CN 或 en（收到“%1”）</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>The record&apos;s number</source>
        <translation>记录编号</translation>
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
    <message>
        <source>Close a vacancy as of today, or reopen it</source>
        <translation>关闭岗位（关闭日期为今天）或重新开放</translation>
    </message>
    <message>
        <source>Resolve a monitoring flag (audited)</source>
        <translation>监测标记已解决（记入日志）</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Generating the demo data was cancelled; the file was not changed</source>
        <translation>已取消生成演示数据，文件未作改动</translation>
    </message>
    <message>
        <source>The number of workers must be between 0 and %1</source>
        <translation>劳动者人数应在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>The number of enterprises must be between 0 and %1</source>
        <translation>企业数应在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>The number of vacancies must be between 0 and %1 (-1: chosen from the number of enterprises)</source>
        <translation>岗位数应在 0 到 %1 之间（-1 表示按企业数自动确定）</translation>
    </message>
    <message>
        <source>Vacancies need at least one enterprise</source>
        <translation>没有企业就不能生成岗位</translation>
    </message>
    <message>
        <source>The number of job fairs must be between 0 and %1</source>
        <translation>招聘会场数应在 0 到 %1 之间</translation>
    </message>
    <message>
        <source>The demo&apos;s &quot;today&quot; cannot be before 1990</source>
        <translation>演示数据的“今天”不能早于 1990 年</translation>
    </message>
    <message>
        <source>The file has no home organisation, so no demo data can be generated</source>
        <translation>文件中没有设定本单位，无法生成演示数据</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The file already holds enterprises or workers. Demo data can only be generated into a new, empty file; the file was not changed</source>
        <translation>文件中已有企业或劳动者记录，演示数据只能生成到新建的空文件中；文件未作改动</translation>
    </message>
    <message>
        <source>The file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>Ran out of demo ID numbers</source>
        <translation>演示身份证号已用尽</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>More rows than Excel allows: narrow the filter or export CSV</source>
        <translation>超过 Excel 的行数上限，请缩小筛选范围或导出 CSV</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Cannot start the PDF</source>
        <translation>无法生成 PDF</translation>
    </message>
    <message>
        <source>Writing the PDF failed</source>
        <translation>写入 PDF 失败</translation>
    </message>
    <message>
        <source>On pace</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Slightly behind</source>
        <translation>稍慢</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Industry union</source>
        <translation>产业工会</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>线上线下</translation>
    </message>
    <message>
        <source>Year to date against the year target</source>
        <translation>年度目标完成率（年度累计 ÷ 年度目标）</translation>
    </message>
    <message>
        <source>Bar: done %; black line: expected by pace; dashed: 100%. Green on pace, amber slightly behind, red behind, grey no target.</source>
        <translation>条形：完成率；黑竖线：序时进度；虚线：100%。颜色：绿 正常，黄 稍慢，红 滞后，灰 未设目标。</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>This month and year to date</source>
        <translation>本月与年度累计</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Month done</source>
        <translation>本月完成</translation>
    </message>
    <message>
        <source>Month target</source>
        <translation>本月目标</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成率 %</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年度累计</translation>
    </message>
    <message>
        <source>Year target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Expected by pace</source>
        <translation>序时应完成</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Done % = actual ÷ target; expected by pace = year target × share of the year&apos;s days elapsed.</source>
        <translation>完成率 = 实际 ÷ 目标；序时应完成 = 年度目标 × 已过天数占全年天数的比例。</translation>
    </message>
    <message>
        <source>Phase to date</source>
        <translation>阶段累计</translation>
    </message>
    <message>
        <source>Phase target</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <source>Own records</source>
        <translation>本级直属</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Sub-units against their annual targets</source>
        <translation>下级单位年度目标完成情况</translation>
    </message>
    <message>
        <source>%1 to date</source>
        <translation>%1累计</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1目标</translation>
    </message>
    <message>
        <source>Sub-units</source>
        <translation>下级单位</translation>
    </message>
    <message>
        <source>By sub-unit: %1 (year to date)</source>
        <translation>各下级单位%1（年度累计）</translation>
    </message>
    <message>
        <source>Bar: year to date; black line: the unit&apos;s year target.</source>
        <translation>条形：年度累计；黑竖线：该单位年度目标。</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>A person may be in several key groups, so the groups can add up to more than everyone.</source>
        <translation>一人可属多个重点群体，各群体之和可大于全部人员。</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Job fairs</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Fairs held this month</source>
        <translation>本月举办的招聘会</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>举办单位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>参会企业</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>提供岗位</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>达成意向</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>%1 fairs</source>
        <translation>%1 场</translation>
    </message>
    <message>
        <source>Intentions and contracts reported by fairs are totals; they are not part of the referrals.</source>
        <translation>招聘会登记的意向和签约为招聘会报告的总数，不计入推荐进程。</translation>
    </message>
    <message>
        <source>By organiser level</source>
        <translation>按举办层级</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐进程</translation>
    </message>
    <message>
        <source>Referrals reaching each stage</source>
        <translation>各阶段推荐人数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Of recommended %</source>
        <translation>占推荐 %</translation>
    </message>
    <message>
        <source>Each referral counts once per stage (the day it first reached it).</source>
        <translation>每条推荐在各阶段只计一次（首次到达该阶段的日期）。</translation>
    </message>
    <message>
        <source>One-week promise</source>
        <translation>一周承诺</translation>
    </message>
    <message>
        <source>First job recommendation within %1 days of registering</source>
        <translation>困难群体登记后 %1 天内首次推荐岗位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记困难人员</translation>
    </message>
    <message>
        <source>Within promise</source>
        <translation>按期推荐</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期推荐</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>按期率 %</translation>
    </message>
    <message>
        <source>Waiting, not due</source>
        <translation>待推荐(未到期)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期未推荐</translation>
    </message>
    <message>
        <source>On time % = within ÷ (within + late); waiting and overdue are the state on the as-of day.</source>
        <translation>按期率 = 按期推荐 ÷ (按期推荐 + 超期推荐)；待推荐与已超期为统计截至日的状态。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>各类服务人次</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Insurance cost</source>
        <translation>互助保障费用</translation>
    </message>
    <message>
        <source>Accident-injury mutual insurance: cost split</source>
        <translation>职工意外伤害互助保障费用分担</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Premium ¥</source>
        <translation>保费 元/人</translation>
    </message>
    <message>
        <source>Cost ¥</source>
        <translation>费用合计 元</translation>
    </message>
    <message>
        <source>Province %</source>
        <translation>省级比例 %</translation>
    </message>
    <message>
        <source>Province ¥</source>
        <translation>省级承担 元</translation>
    </message>
    <message>
        <source>City ¥</source>
        <translation>市级承担 元</translation>
    </message>
    <message>
        <source>Cost = enrolments × premium; province = cost × province share; city = cost − province.</source>
        <translation>费用 = 参保人数 × 保费；省级承担 = 费用 × 省级比例；市级承担 = 费用 − 省级承担。</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Changes to months already sent</source>
        <translation>已报送月份的数字变化</translation>
    </message>
    <message>
        <source>Report month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>报送数</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现数</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Employment assistance monthly report: %1</source>
        <translation>%1就业帮扶工作月报</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>制表日期 %1</translation>
    </message>
    <message>
        <source>Counted up to %1</source>
        <translation>统计截至 %1</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>已报送 %1</translation>
    </message>
    <message>
        <source>Not submitted (draft)</source>
        <translation>未报送（草稿）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1</source>
        <translation>无法新建工作簿 %1</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>写入工作簿失败：%1</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters; a 15-digit old number is upgraded</source>
        <translation>18 位；15 位旧号码自动升级</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>现居住地</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就业状态</translation>
    </message>
    <message>
        <source>Returned to work on</source>
        <translation>返岗时间</translation>
    </message>
    <message>
        <source>Return destination</source>
        <translation>返岗去向</translation>
    </message>
    <message>
        <source>In the province</source>
        <translation>省内</translation>
    </message>
    <message>
        <source>Outside the province</source>
        <translation>省外</translation>
    </message>
    <message>
        <source>Desired trade</source>
        <translation>意向工种</translation>
    </message>
    <message>
        <source>Desired place</source>
        <translation>意向地点</translation>
    </message>
    <message>
        <source>Expected wage from</source>
        <translation>期望月薪下限</translation>
    </message>
    <message>
        <source>Expected wage to</source>
        <translation>期望月薪上限</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Hardship categories</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Service needs</source>
        <translation>服务需求</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Key enterprise</source>
        <translation>重点企业</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation>重大项目</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Vacancy title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Occupation group</source>
        <translation>职业大类</translation>
    </message>
    <message>
        <source>Headcount wanted</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Wage from</source>
        <translation>月薪下限</translation>
    </message>
    <message>
        <source>Wage to</source>
        <translation>月薪上限</translation>
    </message>
    <message>
        <source>Wage as written</source>
        <translation>薪资原文</translation>
    </message>
    <message>
        <source>as written, e.g. 面议</source>
        <translation>按原文填写，如“面议”</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>福利待遇</translation>
    </message>
    <message>
        <source>Education required</source>
        <translation>学历要求</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>最低年龄</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>最高年龄</translation>
    </message>
    <message>
        <source>Skill required</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <source>Other requirements</source>
        <translation>其他要求</translation>
    </message>
    <message>
        <source>Work location</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Employment form</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>招聘中</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已招满</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门走访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Hiring plan (people)</source>
        <translation>用工计划（人）</translation>
    </message>
    <message>
        <source>Hired so far</source>
        <translation>已招人数</translation>
    </message>
    <message>
        <source>Gap (still wanted)</source>
        <translation>缺工人数</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>监测类型</translation>
    </message>
    <message>
        <source>Wage arrears</source>
        <translation>欠薪</translation>
    </message>
    <message>
        <source>Staff attrition</source>
        <translation>减员</translation>
    </message>
    <message>
        <source>Labour-relations risk</source>
        <translation>劳动关系隐患</translation>
    </message>
    <message>
        <source>Flagged on</source>
        <translation>标记日期</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Amount owed</source>
        <translation>拖欠金额</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（如 2026-03-01）</translation>
    </message>
    <message>
        <source>yuan per month</source>
        <translation>元/月</translation>
    </message>
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
    <name>Exchange</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>“%1”%2</translation>
    </message>
    <message>
        <source>is missing or not text</source>
        <translation>缺失或不是文字</translation>
    </message>
    <message>
        <source>is not a YYYY-MM-DD date</source>
        <translation>不是 YYYY-MM-DD 日期</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>缺失或不是对象</translation>
    </message>
    <message>
        <source>is not a whole number ≥ 0</source>
        <translation>不是非负整数</translation>
    </message>
    <message>
        <source>must be year, phase or month</source>
        <translation>应为 year、phase 或 month</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>早于开始日期</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>缺失或为空</translation>
    </message>
    <message>
        <source>The file %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>is not an exchange package (not JSON). Choose the .jbpkg file exported by the child organisation.</source>
        <translation>不是上报包（不是 JSON 文件）。请选择下级单位导出的 .jbpkg 文件。</translation>
    </message>
    <message>
        <source>is not a JobBridge exchange package (unknown format).</source>
        <translation>不是 JobBridge 上报包（格式名称不符）。</translation>
    </message>
    <message>
        <source>was exported by a newer JobBridge (format version %1; this one reads %2). Update JobBridge, then import it again.</source>
        <translation>是较新版本 JobBridge 导出的上报包（格式版本 %1，本程序只认 %2）。请升级 JobBridge 后再导入。</translation>
    </message>
    <message>
        <source>has an unknown format version &quot;%1&quot;; ask the sender to export it again.</source>
        <translation>的格式版本“%1”无法识别，请对方重新导出。</translation>
    </message>
    <message>
        <source>fails its SHA-256 checksum: it was changed or damaged after export. Ask the sender to export it again and send the file as it is, without editing it.</source>
        <translation>校验和不符：导出后文件被改动或已损坏。请对方重新导出并发送原文件，不要打开编辑。</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>does not start with the sending organisation</source>
        <translation>的第一项不是导出单位本身</translation>
    </message>
    <message>
        <source>is incomplete: %1. Ask the sender to export it again with JobBridge.</source>
        <translation>内容不完整：%1。请对方用 JobBridge 重新导出。</translation>
    </message>
    <message>
        <source>does not exist or is not a file.</source>
        <translation>不存在或不是文件。</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is too large to be an exchange package.</source>
        <translation>太大，不是上报包。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The package of %1 was not imported; this file is unchanged. %2</source>
        <translation>%1的上报包未导入，本文件未改动。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: The package of %2 was not imported; this file is unchanged. %3</source>
        <translation>“%1”：%2的上报包未导入，本文件未改动。%3</translation>
    </message>
    <message>
        <source>%1 (%2) is not below this file&apos;s organisation %3 (%4). Check the file: %4&apos;s file imports the packages of the organisations below %4.</source>
        <translation>%1（%2）不是本文件单位 %3（%4）的下级。请确认文件：应由 %4 的文件导入其下级的上报包。</translation>
    </message>
    <message>
        <source>This file has no period &quot;%1&quot; (%2). Add the phase with the same name and dates on the Targets page, then import again.</source>
        <translation>本文件没有统计期“%1”（%2）。请先在“目标”页新建同名、同日期的阶段，再导入。</translation>
    </message>
    <message>
        <source>Period &quot;%1&quot; has other dates here: %2 in this file, %3 in the package. Agree on the period&apos;s dates, then export again.</source>
        <translation>统计期“%1”的日期不同：本文件为 %2，上报包为 %3。请双方核对该阶段的日期后重新导出。</translation>
    </message>
    <message>
        <source>This file already has its package for &quot;%1&quot; exported at %2, not older than this one (exported at %3). For a correction, ask for a newly exported package.</source>
        <translation>本文件已有该单位“%1”的上报包，导出于 %2，不比此包（导出于 %3）旧。如需更正，请对方重新导出最新的上报包。</translation>
    </message>
    <message>
        <source>Its sub-unit %1 (%2) belongs to another parent in this file. Check the unit codes.</source>
        <translation>其下级单位 %1（%2）在本文件中属于另一个上级。请核对单位代码。</translation>
    </message>
    <message>
        <source>This file has no key group &quot;%1&quot;: its figures are kept in the package only.</source>
        <translation>本文件没有重点群体“%1”：其分组数字只保存在上报包中。</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>imported: %1 (exported %2)</source>
        <translation>已导入：%1（导出于 %2）</translation>
    </message>
    <message>
        <source>replaced: %1 (%2 → %3), %4 figures changed</source>
        <translation>已替换：%1（%2 → %3），%4 项数字变化</translation>
    </message>
    <message>
        <source>already imported, nothing changed: %1</source>
        <translation>已导入过，未改动：%1</translation>
    </message>
    <message>
        <source>%1 sub-units added</source>
        <translation>新建下级单位 %1 个</translation>
    </message>
</context>
<context>
    <name>Fairs</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Live-stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Offline with a live-stream</source>
        <translation>现场+直播</translation>
    </message>
    <message>
        <source>Job fair %1 does not exist</source>
        <translation>招聘会 %1 不存在</translation>
    </message>
    <message>
        <source>The referral has moved on since; it is not taken back</source>
        <translation>该推荐此后已有新进展，不予撤回</translation>
    </message>
    <message>
        <source>Vacancy %1 does not exist</source>
        <translation>岗位 %1 不存在</translation>
    </message>
    <message>
        <source>This post is already one of the fair&apos;s posts</source>
        <translation>该岗位已是本场招聘会的岗位</translation>
    </message>
    <message>
        <source>added at a job fair</source>
        <translation>在招聘会上登记</translation>
    </message>
    <message>
        <source>Enterprise %1 does not exist</source>
        <translation>企业 %1 不存在</translation>
    </message>
    <message>
        <source>The enterprise already takes part in this fair</source>
        <translation>该企业已是本场招聘会的参会企业</translation>
    </message>
    <message>
        <source>Intentions or contracts made at the fair name this enterprise; remove them first</source>
        <translation>本场招聘会有涉及该企业的意向或签约，请先删除</translation>
    </message>
    <message>
        <source>The enterprise does not take part in this fair</source>
        <translation>该企业不是本场招聘会的参会企业</translation>
    </message>
    <message>
        <source>This vacancy is not one of the fair&apos;s posts</source>
        <translation>该岗位不是本场招聘会的岗位</translation>
    </message>
    <message>
        <source>Worker %1 does not exist</source>
        <translation>劳动者 %1 不存在</translation>
    </message>
    <message>
        <source>This person is already recorded at the fair</source>
        <translation>此人已登记在本场招聘会</translation>
    </message>
    <message>
        <source>This person has intentions or contracts made at the fair; remove them first</source>
        <translation>此人在本场招聘会有意向或签约，请先删除</translation>
    </message>
    <message>
        <source>This person is not recorded at the fair</source>
        <translation>此人未登记在本场招聘会</translation>
    </message>
    <message>
        <source>The fair is still planned; record intentions once it is held</source>
        <translation>招聘会仍在计划中，举办后再登记意向</translation>
    </message>
    <message>
        <source>The day must be one of the fair&apos;s days (%1 to %2)</source>
        <translation>日期须在招聘会举办期间（%1 至 %2）</translation>
    </message>
    <message>
        <source>Enter a number from 0 to %1</source>
        <translation>请填写 0 至 %1 之间的数字</translation>
    </message>
    <message>
        <source>Choose the organiser</source>
        <translation>请选择举办单位</translation>
    </message>
    <message>
        <source>The organiser is not an organisation of this file</source>
        <translation>举办单位不是本文件中的组织</translation>
    </message>
    <message>
        <source>Choose the kind of fair</source>
        <translation>请选择招聘会类型</translation>
    </message>
    <message>
        <source>The kind &quot;%1&quot; is not in the reference list</source>
        <translation>类型“%1”不在基础数据中</translation>
    </message>
    <message>
        <source>A key group is not in the reference list</source>
        <translation>有重点群体不在基础数据中</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>The fair was not saved: %1</source>
        <translation>招聘会未保存：%1</translation>
    </message>
    <message>
        <source>Enter the fair&apos;s name</source>
        <translation>请填写招聘会名称</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters</source>
        <translation>名称超过 %1 个字</translation>
    </message>
    <message>
        <source>Enter the fair&apos;s first day (YYYY-MM-DD)</source>
        <translation>请填写举办首日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day (%1)</source>
        <translation>结束日期不能早于首日（%1）</translation>
    </message>
    <message>
        <source>Reported contracts cannot exceed reported intentions (%1)</source>
        <translation>报送签约数不能超过报送意向数（%1）</translation>
    </message>
    <message>
        <source>The fair was held; its first day cannot be after today (%1)</source>
        <translation>招聘会已举办，首日不能晚于今天（%1）</translation>
    </message>
    <message>
        <source>The fair &quot;%1&quot; has enterprises, posts or people recorded; remove them first</source>
        <translation>招聘会“%1”已登记参会企业、岗位或人员，请先删除</translation>
    </message>
    <message>
        <source>The fair is already %1</source>
        <translation>招聘会已是%1</translation>
    </message>
    <message>
        <source>A fair goes from planned to held to closed one step at a time; it is %1</source>
        <translation>招聘会按计划中、已举办、已结束逐步变更状态；当前为%1</translation>
    </message>
    <message>
        <source>The fair starts on %1; it cannot be held before then</source>
        <translation>招聘会 %1 开始，此前不能标记为已举办</translation>
    </message>
    <message>
        <source>Fair name</source>
        <translation>招聘会名称</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>举办首日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>empty for a one-day fair</source>
        <translation>一天的招聘会不填</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>举办单位</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Venue or platform</source>
        <translation>场地或平台</translation>
    </message>
    <message>
        <source>Key groups targeted</source>
        <translation>面向重点群体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visits (reported)</source>
        <translation>入场人次（报送）</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>发放资料（份）</translation>
    </message>
    <message>
        <source>Intentions (reported total)</source>
        <translation>达成意向（报送合计）</translation>
    </message>
    <message>
        <source>Contracts (reported total)</source>
        <translation>签约（报送合计）</translation>
    </message>
    <message>
        <source>Jobs (reported total)</source>
        <translation>用工需求（报送合计）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Desired trade</source>
        <translation>求职工种</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>County / town</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Occupation group</source>
        <translation>职业类别</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Wage (yuan/month)</source>
        <translation>月薪（元）</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历要求</translation>
    </message>
    <message>
        <source>Age required</source>
        <translation>年龄要求</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>已招人数</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺工人数</translation>
    </message>
    <message>
        <source>No enterprise with id %1</source>
        <translation>找不到该企业（编号 %1）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>没有打开的台账文件</translation>
    </message>
    <message>
        <source>Open vacancies</source>
        <translation>在招岗位</translation>
    </message>
    <message>
        <source>Headcount wanted</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>监测预警</translation>
    </message>
    <message>
        <source>Wage arrears</source>
        <translation>欠薪</translation>
    </message>
    <message>
        <source>Staff attrition</source>
        <translation>减员</translation>
    </message>
    <message>
        <source>Labour-relations risk</source>
        <translation>劳动关系隐患</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Write failed: %1</source>
        <translation>写入失败：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在招</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已招满</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>面试</translation>
    </message>
    <message>
        <source>Intention reached</source>
        <translation>达成意向</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Stable employment</source>
        <translation>稳定就业</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Full %1 shown</source>
        <translation>查看完整%1</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Recorded: %1 %2</source>
        <translation>记录操作：%1 %2</translation>
    </message>
    <message>
        <source>No worker with id %1</source>
        <translation>找不到该劳动者（编号 %1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Registered as a job seeker</source>
        <translation>登记求职需求</translation>
    </message>
    <message>
        <source>Returned to work</source>
        <translation>返岗</translation>
    </message>
    <message>
        <source>Most recent contact</source>
        <translation>最近一次联系</translation>
    </message>
    <message>
        <source>One-week promise due</source>
        <translation>一周承诺到期</translation>
    </message>
    <message>
        <source>Invalid date</source>
        <translation>日期无效</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>One-week promise</source>
        <translation>一周承诺</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待推荐</translation>
    </message>
    <message>
        <source>Served late</source>
        <translation>超期后推荐</translation>
    </message>
    <message>
        <source>Served in time</source>
        <translation>按期推荐</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Enterprises visited for jobs</source>
        <translation>走访企业</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>家</translation>
    </message>
    <message>
        <source>Distinct enterprises with demand recorded in the period (a demand snapshot from a visit or call, or a vacancy posted); each enterprise counts once.</source>
        <translation>统计期内有用工需求记录（走访或电话登记的需求快照，或新发布的岗位）的企业，每家只计一次。</translation>
    </message>
    <message>
        <source>Jobs collected</source>
        <translation>收集岗位</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Headcount wanted by the vacancies posted in the period (by posting date).</source>
        <translation>统计期内发布的岗位的招聘人数之和（按发布日期）。</translation>
    </message>
    <message>
        <source>Job fairs held</source>
        <translation>举办招聘会</translation>
    </message>
    <message>
        <source>fairs</source>
        <translation>场</translation>
    </message>
    <message>
        <source>Fairs held in the period by the organisation and its sub-units (by date), by organiser level, against the per-level minimums set as targets.</source>
        <translation>统计期内本单位及下级单位举办的招聘会场次（按举办日期），按组织层级分列，对照各层级的最低场次目标。</translation>
    </message>
    <message>
        <source>Stable employment</source>
        <translation>稳定就业</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Referrals whose labour contract has lasted N months (setting stable_months, default 3) with no departure recorded before then; counted on the day the N months are complete.</source>
        <translation>签订劳动合同满N个月（设置项“稳定就业月数”，默认3个月）且此前未登记离职的推荐，计入满N个月当天。</translation>
    </message>
    <message>
        <source>Employment intentions reached</source>
        <translation>达成就业意向</translation>
    </message>
    <message>
        <source>Referrals that first reached the intention stage in the period (including those registered at fairs).</source>
        <translation>统计期内首次达到“达成意向”阶段的推荐（含在招聘会上登记到人的推荐）。</translation>
    </message>
    <message>
        <source>Labour contracts signed</source>
        <translation>签订劳动合同</translation>
    </message>
    <message>
        <source>Referrals that first reached the contract stage in the period.</source>
        <translation>统计期内首次达到“签订合同”阶段的推荐。</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>技能培训</translation>
    </message>
    <message>
        <source>person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Training service records starting in the period (one per person).</source>
        <translation>统计期内开始的技能培训服务记录（一人一条）。</translation>
    </message>
    <message>
        <source>Entrepreneurship projects</source>
        <translation>创业项目</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Entrepreneurship services in the period whose project is a candidate for, or selected as, a high-quality project.</source>
        <translation>统计期内登记的创业服务中列为候选或入选优质项目的数量。</translation>
    </message>
    <message>
        <source>Mutual insurance enrolments</source>
        <translation>互助保障参保</translation>
    </message>
    <message>
        <source>Accident-injury mutual insurance enrolments in the period (for workers who signed a contract during the concentrated phase).</source>
        <translation>统计期内办理的职工意外伤害互助保障（签订劳动合同的集中行动期就业人员）。</translation>
    </message>
    <message>
        <source>Hardship cases served within the promise</source>
        <translation>一周承诺兑现</translation>
    </message>
    <message>
        <source>Hardship cases whose first job recommendation came within the promise days of registering (setting promise_days, default 7); counted on the day of that recommendation.</source>
        <translation>困难群体登记后在承诺天数（设置项“承诺天数”，默认7天）内获得首次岗位推荐的人数，计入首次推荐当天。</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>面试</translation>
    </message>
    <message>
        <source>Intention reached</source>
        <translation>达成意向</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Demand records</source>
        <translation>需求记录</translation>
    </message>
    <message>
        <source>Vacancies posted</source>
        <translation>发布岗位</translation>
    </message>
    <message>
        <source>Fair name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organiser level</source>
        <translation>组织层级</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>参会企业</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>达成意向</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>细类</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>承诺期限</translation>
    </message>
    <message>
        <source>First recommendation</source>
        <translation>首次推荐</translation>
    </message>
    <message>
        <source>There is no record list for &quot;%1&quot;.</source>
        <translation>无法列出“%1”的明细。</translation>
    </message>
    <message>
        <source>The period&apos;s dates are not valid.</source>
        <translation>统计期日期无效。</translation>
    </message>
    <message>
        <source>The stored figures are incomplete.</source>
        <translation>保存的报表数据不完整。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入场人次</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Choose a file ending in .pdf, .xlsx or .csv.</source>
        <translation>请选择以 .pdf、.xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>%1 was submitted on %2 by %3 and is locked; unlock it first to submit again.</source>
        <translation>%1已于 %2 由 %3 报送并锁定；如需重报，请先解锁。</translation>
    </message>
    <message>
        <source>Give a reason for unlocking (it is recorded in the audit log).</source>
        <translation>解锁须写明原因（记入操作日志）。</translation>
    </message>
    <message>
        <source>%1 has no submitted report to unlock.</source>
        <translation>%1 没有已报送的月报，无需解锁。</translation>
    </message>
    <message>
        <source>A monthly report needs a month such as 2026-03 (&quot;%1&quot; is not one).</source>
        <translation>月报须指定月份，例如 2026-03（“%1”不是月份）。</translation>
    </message>
    <message>
        <source>%1 has not begun yet.</source>
        <translation>%1尚未开始，不能出月报。</translation>
    </message>
    <message>
        <source>The stored report&apos;s format is not known.</source>
        <translation>保存的月报格式无法识别。</translation>
    </message>
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
    <message>
        <source>unnamed</source>
        <translation>未署名</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Industry union</source>
        <translation>产业（行业）工会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a division code in force (GB/T 2260); choose your organisation from the division list.</source>
        <translation>“%1”不是现行的行政区划代码（GB/T 2260），请从行政区划列表中选择本单位。</translation>
    </message>
    <message>
        <source>The file has no home organisation</source>
        <translation>文件中没有设定本单位</translation>
    </message>
    <message>
        <source>No organisation with code %1 in this file</source>
        <translation>文件中没有代码为 %1 的单位</translation>
    </message>
    <message>
        <source>No organisation %1 in this file</source>
        <translation>文件中没有编号为 %1 的单位</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name</source>
        <translation>请填写单位名称</translation>
    </message>
    <message>
        <source>Provinces, cities and counties come from the division codes and cannot be added by hand</source>
        <translation>省、市、县级单位来自行政区划代码，不能手工添加</translation>
    </message>
    <message>
        <source>The parent organisation does not exist</source>
        <translation>上级单位不存在</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>Not a file (perhaps a folder): %1</source>
        <translation>不是文件（可能是文件夹）：%1</translation>
    </message>
    <message>
        <source>Cannot read the file; check its permissions: %1</source>
        <translation>无法读取文件，请检查权限：%1</translation>
    </message>
    <message>
        <source>This is not a JobBridge file (not an SQLite database); it was not modified: %1</source>
        <translation>这不是 JobBridge 台账文件（不是 SQLite 数据库），文件未作任何改动：%1</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another program, not JobBridge; it was not modified: %1</source>
        <translation>这是其他程序的 SQLite 数据库，不是 JobBridge 台账文件，文件未作任何改动：%1</translation>
    </message>
    <message>
        <source>Upgrade to version %1 (%2) failed; the file is unchanged: %3</source>
        <translation>升级到版本 %1（%2）失败，文件保持原样：%3</translation>
    </message>
    <message>
        <source>After the upgrade, row %2 of %1 points to a missing record; the file is unchanged</source>
        <translation>升级后表 %1 的记录 %2 引用了不存在的记录，文件保持原样</translation>
    </message>
    <message>
        <source>Cannot pause foreign key checks for the upgrade</source>
        <translation>无法暂停外键检查</translation>
    </message>
    <message>
        <source>Cannot restore foreign key checks after the upgrade</source>
        <translation>无法恢复外键检查</translation>
    </message>
    <message>
        <source>Foreign keys are enforced; the workers table cannot be rebuilt</source>
        <translation>外键检查未暂停，不能重建劳动者表</translation>
    </message>
    <message>
        <source>The workers table is not as expected: %1</source>
        <translation>劳动者表结构与预期不符：%1</translation>
    </message>
    <message>
        <source>Database operation failed (%1): %2</source>
        <translation>数据库操作失败（%1）：%2</translation>
    </message>
    <message>
        <source>Foreign keys are enforced; the job fairs table cannot be rebuilt</source>
        <translation>外键检查未暂停，不能重建招聘会表</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>%2/%1</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>There is no period %1.</source>
        <translation>没有编号为 %1 的统计期。</translation>
    </message>
    <message>
        <source>There is no period &quot;%1&quot;: give a year (2026), a month (2026-03) or the name of a phase in the file.</source>
        <translation>没有名为“%1”的统计期：请写年份（2026）、月份（2026-03）或已建立的阶段名称。</translation>
    </message>
    <message>
        <source>The period needs a name.</source>
        <translation>统计期名称不能为空。</translation>
    </message>
    <message>
        <source>Period &quot;%1&quot; ends before it starts; correct the dates.</source>
        <translation>统计期“%1”的结束日期早于开始日期，请改正。</translation>
    </message>
    <message>
        <source>A year runs from 1 January to 31 December.</source>
        <translation>年度统计期须从1月1日到12月31日。</translation>
    </message>
    <message>
        <source>A month runs from its first day to its last.</source>
        <translation>月度统计期须从当月1日到月末。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not match the dates; it should be &quot;%2&quot;.</source>
        <translation>统计期名称“%1”与其日期不符，应为“%2”。</translation>
    </message>
    <message>
        <source>The phase name &quot;%1&quot; reads as a year or month; choose another (such as &quot;%1-concentrated&quot;).</source>
        <translation>阶段名称“%1”与年份或月份的写法相同，请另取名称（如“%1-concentrated”）。</translation>
    </message>
    <message>
        <source>Period &quot;%1&quot; exists already or cannot be saved: %2</source>
        <translation>统计期“%1”已存在或无法保存。%2</translation>
    </message>
    <message>
        <source>There is no organisation %1.</source>
        <translation>没有编号为 %1 的单位。</translation>
    </message>
    <message>
        <source>%1: unknown metric &quot;%2&quot;.</source>
        <translation>%1：未知的指标“%2”。</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>The pasted block has %1 rows but only %2 organisations are below the selected cell; row %3 has nowhere to go.</source>
        <translation>粘贴的内容有 %1 行，但从所选单元格往下只有 %2 个单位可填；第 %3 行没有对应的单位。</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns but only %3 metrics are right of the selected cell; column %4 has nowhere to go.</source>
        <translation>第 %1 行有 %2 列，但从所选单元格往右只有 %3 个指标；第 %4 列没有对应的指标。</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3 · %4): %5</source>
        <translation>第 %1 行第 %2 列（%3 · %4）：%5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target value: write a whole number such as 3000, 3,000, 2万, 1.5万 or 800人.</source>
        <translation>“%1”不是目标数值：请写整数，如 3000、3,000、2万、1.5万、800人。</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;.</source>
        <translation>未知的指标“%1”。</translation>
    </message>
    <message>
        <source>This organisation has no sub-units to split its target to.</source>
        <translation>该单位没有下级单位，无法拆分。</translation>
    </message>
    <message>
        <source>The target is not a valid number.</source>
        <translation>目标值不是有效数字。</translation>
    </message>
    <message>
        <source>A target cannot be negative (%1).</source>
        <translation>目标值不能为负数（%1）。</translation>
    </message>
    <message>
        <source>The target %1 is too large (the limit is 1,000,000,000); check for extra digits.</source>
        <translation>目标值 %1 过大（上限十亿），请检查是否多输了位数。</translation>
    </message>
    <message>
        <source>A target must be a whole number (%1): enterprises, jobs, fairs and people are counted whole.</source>
        <translation>目标值须为整数（%1）：家数、个数、场次、人数都不能有小数。</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已撤销）</translation>
    </message>
</context>
</TS>
