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
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Choose a file ending in .pdf, .xlsx or .csv.</source>
        <translation>请选择以 .pdf、.xlsx 或 .csv 结尾的文件名。</translation>
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
</TS>
