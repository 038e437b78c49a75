<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <source>Unmasked export</source>
        <translation>不遮蔽导出</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Month submitted</source>
        <translation>月报已报送</translation>
    </message>
    <message>
        <source>Month unlocked</source>
        <translation>月报已解锁</translation>
    </message>
    <message>
        <source>Revealed in full</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <source>Exported unmasked</source>
        <translation>不遮蔽导出</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>List imported</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Package imported</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Demo county written</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Note or reason</source>
        <translation>备注或理由</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>劳动者</translation>
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
        <source>Demand record</source>
        <translation>用工需求记录</translation>
    </message>
    <message>
        <source>Monitoring flag</source>
        <translation>监测预警</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标任务</translation>
    </message>
    <message>
        <source>Sub-unit</source>
        <translation>下级单位</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Reference list</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>Imported list</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation>保存的列对应</translation>
    </message>
    <message>
        <source>Received package</source>
        <translation>收到的数据包</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Promise days</source>
        <translation>承诺天数</translation>
    </message>
    <message>
        <source>Months for stable employment</source>
        <translation>稳定就业月数</translation>
    </message>
    <message>
        <source>Pace warning ratio</source>
        <translation>进度预警比例</translation>
    </message>
    <message>
        <source>Home organisation</source>
        <translation>本级单位</translation>
    </message>
    <message>
        <source>Reason required to show personal data</source>
        <translation>查看个人信息须填写理由</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Public-welfare post</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source> (ID ending %1)</source>
        <translation>（身份证尾号%1）</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>another field</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>This file requires a reason before personal data is shown or exported in full.</source>
        <translation>本文件要求在查看或导出完整个人信息前填写理由。</translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation>整个文件</translation>
    </message>
</context>
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
        <source>The output must end in .csv or .xlsx</source>
        <translation>输出文件须以 .csv 或 .xlsx 结尾</translation>
    </message>
    <message>
        <source>--today needs YYYY-MM-DD</source>
        <translation>--today 需要 YYYY-MM-DD</translation>
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
    <message>
        <source>Record a job fair (planned if its first day is after today, else held); prints its id</source>
        <translation>登记招聘会（开始日期在今天之后为“计划中”，否则为“已举办”），输出其编号</translation>
    </message>
    <message>
        <source>List job fairs with enterprises, posts, headcount, visits, people, intentions, contracts</source>
        <translation>列出招聘会及企业数、岗位数、用工需求、入场人次、登记人数、意向和签约</translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD (got &quot;%1&quot;)</source>
        <translation>--date 需要写成 YYYY-MM-DD 的日期（收到“%1”）</translation>
    </message>
    <message>
        <source>--last-day needs a day as YYYY-MM-DD (got &quot;%1&quot;)</source>
        <translation>--last-day 需要写成 YYYY-MM-DD 的日期（收到“%1”）</translation>
    </message>
    <message>
        <source>--form must be offline, online, livestream or mixed (got &quot;%1&quot;)</source>
        <translation>--form 应为 offline、online、livestream 或 mixed（收到“%1”）</translation>
    </message>
    <message>
        <source>--kind must be one of %1 (got &quot;%2&quot;)</source>
        <translation>--kind 应为 %1 之一（收到“%2”）</translation>
    </message>
    <message>
        <source>Usage: jobbridge-cli fair add DB --name N --date YYYY-MM-DD [--last-day D] --organiser CODE --form offline|online|livestream|mixed --kind unified|industry|group|occupation|regular|campus [--json]
</source>
        <translation>用法：jobbridge-cli fair add DB --name N --date YYYY-MM-DD [--last-day D] --organiser CODE --form offline|online|livestream|mixed --kind unified|industry|group|occupation|regular|campus [--json]
</translation>
    </message>
    <message>
        <source>The fair&apos;s name</source>
        <translation>招聘会名称</translation>
    </message>
    <message>
        <source>Its first day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Its last day, for a fair of several days</source>
        <translation>结束日期（多日举办的招聘会）</translation>
    </message>
    <message>
        <source>The organiser&apos;s organisation code</source>
        <translation>主办单位代码</translation>
    </message>
    <message>
        <source>offline, online, livestream or mixed</source>
        <translation>offline（线下）、online（线上）、livestream（直播）或 mixed（线下＋直播）</translation>
    </message>
    <message>
        <source>unified, industry, group, occupation, regular or campus</source>
        <translation>unified、industry、group、occupation、regular 或 campus</translation>
    </message>
    <message>
        <source>Record a job fair</source>
        <translation>登记招聘会</translation>
    </message>
    <message>
        <source>Need one file name and --%1</source>
        <translation>需要一个文件名和 --%1</translation>
    </message>
    <message>
        <source>Only fairs whose first day is in the period (2026, 2026-03 or a phase&apos;s name)</source>
        <translation>只列开始日期在该期间内的招聘会（2026、2026-03 或阶段名称）</translation>
    </message>
    <message>
        <source>List job fairs</source>
        <translation>列出招聘会</translation>
    </message>
    <message>
        <source>%1 job fairs</source>
        <translation>共 %1 场招聘会</translation>
    </message>
    <message>
        <source>enterprises %1, posts %2, headcount %3, visits %4, registered %5, intentions %6, contracts %7</source>
        <translation>企业 %1 家，岗位 %2 个，用工需求 %3 人，入场 %4 人次，登记 %5 人，达成意向 %6 人，签约 %7 人</translation>
    </message>
    <message>
        <source>Import a fair organiser&apos;s sign-in / intention sheet into fair ID</source>
        <translation>把招聘会主办方的签到及意向登记表导入第 ID 号招聘会</translation>
    </message>
    <message>
        <source>fair %1: people added %2, people linked %3, intentions %4, contracts %5</source>
        <translation>招聘会 %1：新增人员 %2 人，关联已有人员 %3 人，达成意向 %4 人，签约 %5 人</translation>
    </message>
    <message>
        <source>--kind fair needs --fair ID (the fair the sheet is from)</source>
        <translation>--kind fair 需要 --fair ID（登记表所属的招聘会）</translation>
    </message>
    <message>
        <source>--fair goes with --kind fair</source>
        <translation>--fair 只能与 --kind fair 一起使用</translation>
    </message>
    <message>
        <source>With --kind fair: the fair the sheet is from</source>
        <translation>与 --kind fair 一起使用：登记表所属的招聘会</translation>
    </message>
    <message>
        <source>Only entries from this day on</source>
        <translation>只列出该日及以后的记录</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>--since must be a day as YYYY-MM-DD (got &quot;%1&quot;)</source>
        <translation>--since 须为 YYYY-MM-DD 格式的日期（收到“%1”）</translation>
    </message>
    <message>
        <source>The audit log: who changed, revealed or exported what, newest first</source>
        <translation>操作日志：谁修改、查看或导出了什么，最新的在前</translation>
    </message>
    <message>
        <source>Why the full numbers are needed (recorded; required when the file says so)</source>
        <translation>为何需要完整号码（记入日志；文件要求时必填）</translation>
    </message>
    <message>
        <source>Recommend a worker for a post; prints the referral&apos;s id</source>
        <translation>向岗位推荐劳动者；输出推荐记录编号</translation>
    </message>
    <message>
        <source>Move a referral on, correct it back, or end it (declined, rejected, withdrawn, hired_elsewhere)</source>
        <translation>推进、更正或结束推荐（本人放弃、企业未录用、撤回、已在别处就业）</translation>
    </message>
    <message>
        <source>Retention checks due and stale referrals</source>
        <translation>到期回访和停滞的推荐</translation>
    </message>
    <message>
        <source>The one-week promise: due, overdue, met late, met</source>
        <translation>一周承诺：待兑现、已超期、逾期兑现、已兑现</translation>
    </message>
    <message>
        <source>Read and change the file&apos;s settings (audited)</source>
        <translation>查看和修改文件的设置（记入审计）</translation>
    </message>
    <message>
        <source>Rank posts for a worker or workers for a post, every criterion explained</source>
        <translation>为劳动者排序岗位或为岗位排序劳动者，逐项说明</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD (got &quot;%2&quot;)</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期（收到“%2”）</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number (got &quot;%2&quot;)</source>
        <translation>--%1 需要正整数（收到“%2”）</translation>
    </message>
    <message>
        <source>Other open referrals of this person: %1 (close them with --stage hired_elsewhere if the officer confirms)</source>
        <translation>此人其他进行中的推荐：%1（经办人确认后可用 --stage hired_elsewhere 关闭）</translation>
    </message>
    <message>
        <source>Post %1 has %2 contracts for a headcount of %3: it may be closed (vacancy close DB --id %1)</source>
        <translation>岗位 %1 已签约 %2 人，招聘人数 %3：可以关闭（vacancy close DB --id %1）</translation>
    </message>
    <message>
        <source>The worker&apos;s resident ID number</source>
        <translation>劳动者的身份证号</translation>
    </message>
    <message>
        <source>The post&apos;s id</source>
        <translation>岗位编号</translation>
    </message>
    <message>
        <source>The day of the recommendation (default today)</source>
        <translation>推荐日期（默认今天）</translation>
    </message>
    <message>
        <source>Recommend a worker for a post</source>
        <translation>向岗位推荐劳动者</translation>
    </message>
    <message>
        <source>Need one file name, --worker and --vacancy</source>
        <translation>需要一个文件名、--worker 和 --vacancy</translation>
    </message>
    <message>
        <source>The referral&apos;s id</source>
        <translation>推荐记录编号</translation>
    </message>
    <message>
        <source>recommended, interviewed, intention, contract, left, declined, rejected, withdrawn or hired_elsewhere</source>
        <translation>recommended、interviewed、intention、contract、left、declined、rejected、withdrawn 或 hired_elsewhere</translation>
    </message>
    <message>
        <source>The day it happened</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>The reason&apos;s code (leaving and side exits)</source>
        <translation>原因代码（离职和中途结束）</translation>
    </message>
    <message>
        <source>A contract&apos;s first day (default: the day signed)</source>
        <translation>合同起始日期（默认签订日期）</translation>
    </message>
    <message>
        <source>A contract&apos;s monthly wage in yuan</source>
        <translation>合同月工资（元）</translation>
    </message>
    <message>
        <source>A contract&apos;s term in months</source>
        <translation>合同期限（月）</translation>
    </message>
    <message>
        <source>Move a referral to a stage</source>
        <translation>推进推荐阶段</translation>
    </message>
    <message>
        <source>--stage must be recommended, interviewed, intention, contract, left, declined, rejected, withdrawn or hired_elsewhere (got &quot;%1&quot;); stable employment follows from the contract by the rule</source>
        <translation>--stage 必须是 recommended、interviewed、intention、contract、left、declined、rejected、withdrawn 或 hired_elsewhere（收到“%1”）；稳定就业按规则由合同推算</translation>
    </message>
    <message>
        <source>Referral %1 corrected back to %2</source>
        <translation>推荐记录 %1 已更正回 %2</translation>
    </message>
    <message>
        <source>Referral %1 is now at %2</source>
        <translation>推荐记录 %1 现处于 %2</translation>
    </message>
    <message>
        <source>%1 retention checks due, %2 stale referrals</source>
        <translation>%1 项回访到期，%2 条推荐停滞</translation>
    </message>
    <message>
        <source>%1-month check</source>
        <translation>%1 个月回访</translation>
    </message>
    <message>
        <source>%1 days at this stage</source>
        <translation>在此阶段 %1 天</translation>
    </message>
    <message>
        <source>One-week promise on %1: %2 people (%3 days)</source>
        <translation>%1 一周承诺：%2 人（%3）</translation>
    </message>
    <message>
        <source>working</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>Some due days fall beyond the holiday calendar&apos;s last year: counted on weekdays only</source>
        <translation>部分到期日超出节假日日历的最后一年：只按周一至周五计算</translation>
    </message>
    <message>
        <source>days left %1</source>
        <translation>剩余 %1 天</translation>
    </message>
    <message>
        <source>Clocks started from this day (default: the last 30 days)</source>
        <translation>从该日起开始计时的人员（默认最近 30 天）</translation>
    </message>
    <message>
        <source>The one-week promise lists</source>
        <translation>一周承诺名单</translation>
    </message>
    <message>
        <source>--since must be YYYY-MM-DD</source>
        <translation>--since 必须是 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Change a setting (repeatable)</source>
        <translation>修改一项设置（可重复）</translation>
    </message>
    <message>
        <source>Read and change the file&apos;s settings</source>
        <translation>查看和修改文件的设置</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE (got &quot;%1&quot;)</source>
        <translation>--set 需要 KEY=VALUE（收到“%1”）</translation>
    </message>
    <message>
        <source>Posts for the worker with this resident ID number</source>
        <translation>为该身份证号的劳动者匹配岗位</translation>
    </message>
    <message>
        <source>Workers for the post with this id</source>
        <translation>为该编号的岗位匹配劳动者</translation>
    </message>
    <message>
        <source>How many candidates (default 20)</source>
        <translation>候选数量（默认 20）</translation>
    </message>
    <message>
        <source>Only my county</source>
        <translation>仅本县</translation>
    </message>
    <message>
        <source>Only hardship cases</source>
        <translation>仅困难人员</translation>
    </message>
    <message>
        <source>Match posts and workers</source>
        <translation>岗位与劳动者匹配</translation>
    </message>
    <message>
        <source>Need one file name and either --worker or --vacancy</source>
        <translation>需要一个文件名，以及 --worker 或 --vacancy 之一</translation>
    </message>
    <message>
        <source>--top needs a positive whole number</source>
        <translation>--top 需要正整数</translation>
    </message>
    <message>
        <source>--vacancy needs a post&apos;s id</source>
        <translation>--vacancy 需要岗位编号</translation>
    </message>
    <message>
        <source>To restore it: jobbridge-cli restore %1 --from %2</source>
        <translation>恢复方法：jobbridge-cli restore %1 --from %2</translation>
    </message>
    <message>
        <source>Check a file with SQLite&apos;s integrity_check</source>
        <translation>用 SQLite 的 integrity_check 检查文件</translation>
    </message>
    <message>
        <source>The file is damaged: %1
SQLite&apos;s integrity_check found: %2</source>
        <translation>文件已损坏：%1
SQLite 的 integrity_check 发现：%2</translation>
    </message>
    <message>
        <source>The file is sound (SQLite&apos;s integrity_check: ok): %1</source>
        <translation>文件完好（SQLite 的 integrity_check：ok）：%1</translation>
    </message>
    <message>
        <source>Write the backup here instead of the backups folder</source>
        <translation>将备份写到此处，而不是备份文件夹</translation>
    </message>
    <message>
        <source>Back up a file now</source>
        <translation>立即备份文件</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>已将 %1 备份到 %2</translation>
    </message>
    <message>
        <source>List a file&apos;s backups</source>
        <translation>列出文件的备份</translation>
    </message>
    <message>
        <source>Backups of %1 in %2: %3</source>
        <translation>%1 的备份（在 %2）：%3 个</translation>
    </message>
    <message>
        <source>The backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <source>Replace a file with one of its backups</source>
        <translation>用文件的某个备份替换它</translation>
    </message>
    <message>
        <source>Need --from BACKUP</source>
        <translation>需要 --from BACKUP</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1</source>
        <translation>损坏的文件保留为 %1</translation>
    </message>
    <message>
        <source>The file it replaced was backed up to %1</source>
        <translation>替换前的文件已备份到 %1</translation>
    </message>
    <message>
        <source>Check the file (exit 2 naming the damage and the newest good backup)</source>
        <translation>检查文件（损坏时退出码 2，指出损坏之处和最新的完好备份）</translation>
    </message>
    <message>
        <source>Back up the file now (to the backups folder, or to PATH)</source>
        <translation>立即备份文件（到备份文件夹，或到 PATH）</translation>
    </message>
    <message>
        <source>List the file&apos;s backups, newest first</source>
        <translation>列出文件的备份，最新的在前</translation>
    </message>
    <message>
        <source>Replace the file with a checked backup (the old file is kept)</source>
        <translation>用检查过的备份替换文件（旧文件会保留）</translation>
    </message>
    <message>
        <source>Early warning: what needs attention today, by section</source>
        <translation>预警：今天需要处理的事项，按类列出</translation>
    </message>
    <message>
        <source>Early warning on %1</source>
        <translation>%1 预警</translation>
    </message>
    <message>
        <source>not built yet</source>
        <translation>尚未建成</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>Records per section, the most overdue first (default 200)</source>
        <translation>每类列出的记录数，超期最久的在前（默认 200）</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 0</source>
        <translation>--limit 须为不小于 0 的整数</translation>
    </message>
    <message>
        <source>Import a roster of services given (a training class list, an insurance list): people are matched by ID number</source>
        <translation>导入服务名单（培训班花名册、参保名单）：按身份证号匹配劳动者</translation>
    </message>
    <message>
        <source>Services per kind: people and person-times, and the insurance split</source>
        <translation>按类别统计服务：人数与人次，以及互助保障费用分担</translation>
    </message>
    <message>
        <source>Record a service on a person; prints its id</source>
        <translation>为一名劳动者登记一项服务；输出其编号</translation>
    </message>
    <message>
        <source>--kind needs workers, vacancies, fair or services</source>
        <translation>--kind 需要 workers、vacancies、fair 或 services</translation>
    </message>
    <message>
        <source>--kind services needs --service-kind, one of %1</source>
        <translation>--kind services 需要 --service-kind，取值为 %1 之一</translation>
    </message>
    <message>
        <source>--service-kind goes with --kind services</source>
        <translation>--service-kind 只能与 --kind services 一起使用</translation>
    </message>
    <message>
        <source>List: workers or vacancies; or fair, a fair organiser&apos;s sheet; or services, a roster of services given</source>
        <translation>清单：workers（劳动者）或 vacancies（岗位）；fair（招聘会登记表）；services（服务名单）</translation>
    </message>
    <message>
        <source>With --kind services: the kind of the roster&apos;s services</source>
        <translation>与 --kind services 一起使用：名单中服务的类别</translation>
    </message>
    <message>
        <source>Kind	People	Services (person-times)</source>
        <translation>类别	人数	服务（人次）</translation>
    </message>
    <message>
        <source>Mutual insurance: %1 people, %2 yuan in all, the province %3 yuan, the city %4 yuan</source>
        <translation>意外伤害互助保障：%1 人，合计 %2 元，省级承担 %3 元，市级承担 %4 元</translation>
    </message>
    <message>
        <source>--field needs key=value (got &quot;%1&quot;)</source>
        <translation>--field 需要写成 字段=值（收到“%1”）</translation>
    </message>
    <message>
        <source>The service&apos;s kind: %1</source>
        <translation>服务类别：%1</translation>
    </message>
    <message>
        <source>The day of the service</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>A field of the kind, as key=value (repeatable)</source>
        <translation>该类别的一个字段，写成 字段=值（可重复）</translation>
    </message>
    <message>
        <source>Record a service on a person</source>
        <translation>为一名劳动者登记一项服务</translation>
    </message>
    <message>
        <source>Need one file name, --worker, --kind and --date</source>
        <translation>需要一个文件名，以及 --worker、--kind 和 --date</translation>
    </message>
    <message>
        <source>A period: 2026, 2026-03 or a phase&apos;s name</source>
        <translation>期间：2026、2026-03 或阶段名称</translation>
    </message>
    <message>
        <source>Only this kind: %1</source>
        <translation>只统计此类别：%1</translation>
    </message>
    <message>
        <source>Usage: jobbridge-cli service add DB --worker ID_NUMBER --kind K --date D [--field key=value ...] [--json]</source>
        <translation>用法：jobbridge-cli service add 文件 --worker 身份证号 --kind 类别 --date 日期 [--field 字段=值 ...] [--json]</translation>
    </message>
    <message>
        <source>Export the services, referrals or job fairs, all or of a period (masked unless --unmasked)</source>
        <translation>导出服务、推荐或招聘会记录，全部或某一期间（身份证号遮蔽，除非加 --unmasked）</translation>
    </message>
    <message>
        <source>--period applies to services, referrals and fairs only</source>
        <translation>--period 只适用于 services、referrals 和 fairs</translation>
    </message>
    <message>
        <source>--search applies to workers, enterprises and vacancies only</source>
        <translation>--search 只适用于 workers、enterprises 和 vacancies</translation>
    </message>
    <message>
        <source>Services, referrals or fairs of a period only: 2026, 2026-03 or a phase&apos;s name</source>
        <translation>只导出某一期间的服务、推荐或招聘会：2026、2026-03 或阶段名称</translation>
    </message>
    <message>
        <source>Signed inside the concentrated phase %1: the person may be enrolled in the workers&apos; accident-injury mutual insurance (%2 yuan) with service add DB --worker ID_NUMBER --kind insurance --date %3</source>
        <translation>在集中服务期 %1 内签约：可为此人参加职工意外伤害互助保障（%2 元），命令为 service add DB --worker ID_NUMBER --kind insurance --date %3</translation>
    </message>
    <message>
        <source>Export the one-week promise list, with ID numbers and phones to call (masked unless --unmasked)</source>
        <translation>导出一周承诺名单，附身份证号和电话以便联系（默认遮蔽，--unmasked 除外）</translation>
    </message>
    <message>
        <source>The audit log records the officer&apos;s name: $JOBBRIDGE_OFFICER, else the name given in the program&apos;s Settings, else the login name.</source>
        <translation>操作日志记录经办人姓名：取 $JOBBRIDGE_OFFICER，否则取程序“设置”中填写的姓名，否则取登录名。</translation>
    </message>
    <message>
        <source>--since applies to the promise list only</source>
        <translation>--since 只用于一周承诺名单</translation>
    </message>
    <message>
        <source>List: workers|enterprises|vacancies|services|referrals|fairs|promise</source>
        <translation>清单：workers|enterprises|vacancies|services|referrals|fairs|promise</translation>
    </message>
    <message>
        <source>The promise list: clocks started from this day (default: the last 30 days)</source>
        <translation>一周承诺名单：从此日起开始计时的（默认最近 30 天）</translation>
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
    <message>
        <source>Done % = actual ÷ target; expected by pace = year target × share of the year&apos;s days elapsed, rounded up to a whole number.</source>
        <translation>完成率 = 实际 ÷ 目标；序时应完成 = 年度目标 × 已过天数占全年天数的比例，向上取整。</translation>
    </message>
    <message>
        <source>No monthly targets are set, so the month&apos;s target columns are left out.</source>
        <translation>未设本月目标，本月目标及其完成率两列从略。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Fairs held against each organiser&apos;s minimum</source>
        <translation>各单位举办招聘会场次对照最低场次</translation>
    </message>
    <message>
        <source>Held this year</source>
        <translation>本年已举办</translation>
    </message>
    <message>
        <source>Year minimum</source>
        <translation>全年最低场次</translation>
    </message>
    <message>
        <source>Held in the phase</source>
        <translation>本阶段已举办</translation>
    </message>
    <message>
        <source>Phase minimum</source>
        <translation>阶段最低场次</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1（合计）</translation>
    </message>
    <message>
        <source>Minimums are the job fair targets set for each organisation; a city or province file counts its children&apos;s fairs from their packages.</source>
        <translation>最低场次即为各单位设定的“举办招聘会”目标；市级、省级文件中下级单位的场次取自其上报的数据包。</translation>
    </message>
    <message>
        <source>Month: people</source>
        <translation>本月人数</translation>
    </message>
    <message>
        <source>Month: person-times</source>
        <translation>本月人次</translation>
    </message>
    <message>
        <source>Year: people</source>
        <translation>年度累计人数</translation>
    </message>
    <message>
        <source>Year: person-times</source>
        <translation>年度累计人次</translation>
    </message>
    <message>
        <source>Total person-times</source>
        <translation>人次合计</translation>
    </message>
    <message>
        <source>A person served twice is one person and two person-times; people are not added up across kinds.</source>
        <translation>同一人接受两次服务计为 1 人、2 人次；各类服务的人数不相加。</translation>
    </message>
    <message>
        <source>Entrepreneurship projects</source>
        <translation>创业项目</translation>
    </message>
    <message>
        <source>Entrepreneurship projects put forward this year</source>
        <translation>本年度推荐的创业项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Put forward on</source>
        <translation>推荐日期</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>已扶持</translation>
    </message>
    <message>
        <source>Selected high-quality</source>
        <translation>入选优质项目</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Candidates put forward this year: %1 (quota %2); selected or supported: %3. Counts include what sub-units reported in their packages.</source>
        <translation>本年度推荐候选项目 %1 个（任务数 %2）；入选或已扶持 %3 个。含下级单位数据包报送的数字。</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Same ID number (first 17 characters)</source>
        <translation>身份证号相同（前17位）</translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>Same credit code</source>
        <translation>统一社会信用代码相同</translation>
    </message>
    <message>
        <source>Same name in one county</source>
        <translation>同一县内名称相同</translation>
    </message>
    <message>
        <source>Record #%1 was changed after the merge, so the merge cannot be undone.</source>
        <translation>记录 #%1 在合并后又被修改过，不能撤销这次合并。</translation>
    </message>
    <message>
        <source>Id #%1 is taken by another record, so the merge cannot be undone.</source>
        <translation>编号 #%1 已被另一条记录使用，不能撤销这次合并。</translation>
    </message>
    <message>
        <source>merge of #%1 undone</source>
        <translation>撤销合并 #%1</translation>
    </message>
    <message>
        <source>merge undone: record #%1 restored</source>
        <translation>撤销合并：记录 #%1 恢复</translation>
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
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>现居住地</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就业状态</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>返岗时间</translation>
    </message>
    <message>
        <source>Return destination</source>
        <translation>返岗去向</translation>
    </message>
    <message>
        <source>Desired trade</source>
        <translation>求职工种</translation>
    </message>
    <message>
        <source>Desired place</source>
        <translation>期望地点</translation>
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
        <translation>学历</translation>
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
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
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
        <source>Worker record #%1 was not found (perhaps already merged or deleted); refresh the list.</source>
        <translation>找不到劳动者记录 #%1（可能已被合并或删除），请刷新列表。</translation>
    </message>
    <message>
        <source>Enterprise record #%1 was not found (perhaps already merged or deleted); refresh the list.</source>
        <translation>找不到企业记录 #%1（可能已被合并或删除），请刷新列表。</translation>
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
        <source>In province</source>
        <translation>省内</translation>
    </message>
    <message>
        <source>Out of province</source>
        <translation>省外</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Both enterprises have a vacancy titled %1 and one enterprise cannot have two vacancies with the same title: rename or delete them at one of the two in the enterprise list first, then merge.</source>
        <translation>两家企业都有名为%1的岗位，一家企业不能有两个同名岗位：请先在企业清单中把其中一家的这些岗位改名或删除，再合并。</translation>
    </message>
    <message>
        <source>record #%1 merged into #%2</source>
        <translation>记录 #%1 并入 #%2</translation>
    </message>
    <message>
        <source>merged from #%1</source>
        <translation>合并自 #%1</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself: choose two different records.</source>
        <translation>不能把一条记录与它自己合并：请选择两条不同的记录。</translation>
    </message>
    <message>
        <source>Cannot count the records to move</source>
        <translation>无法统计要转移的记录</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be chosen in a merge.</source>
        <translation>字段“%1”不能在合并时选择。</translation>
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
    <message>
        <source>write it as %1</source>
        <translation>应写作 %1</translation>
    </message>
    <message>
        <source>cannot be below the lower bound (%1)</source>
        <translation>不能低于下限（%1）</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>the same as “%1”; make sure it is not the same enterprise</source>
        <translation>与“%1”相同，请确认不是同一企业</translation>
    </message>
    <message>
        <source>this enterprise already has a vacancy with this title; rename it or edit that one</source>
        <translation>该企业已有同名岗位，请改名或编辑原岗位</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>最低年龄</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>最高年龄</translation>
    </message>
    <message>
        <source>an open vacancy has no closing date; clear it or change the status</source>
        <translation>招聘中的岗位不应有关闭日期</translation>
    </message>
    <message>
        <source>cannot be before the posting (%1)</source>
        <translation>不能早于发布日期（%1）</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Hiring plan</source>
        <translation>用工计划</translation>
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
        <source>cannot be before the flag (%1)</source>
        <translation>不能早于标记日期（%1）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>enter a number of at least 0</source>
        <translation>请填写不小于 0 的数</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The table “%1” cannot be edited by hand</source>
        <translation>“%1”不能手工编辑</translation>
    </message>
    <message>
        <source>The field “%1.%2” cannot be edited by hand</source>
        <translation>“%1.%2”不能手工编辑</translation>
    </message>
    <message>
        <source>The field “%1.%2” cannot be changed</source>
        <translation>“%1.%2”不能修改</translation>
    </message>
    <message>
        <source>The field “%1” is given twice</source>
        <translation>字段“%1”出现两次</translation>
    </message>
    <message>
        <source>No record given</source>
        <translation>未指定记录</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation>%1条推荐记录</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1条服务记录</translation>
    </message>
    <message>
        <source>%1 vacancies</source>
        <translation>%1个岗位</translation>
    </message>
    <message>
        <source>%1 demand snapshots</source>
        <translation>%1条用工需求记录</translation>
    </message>
    <message>
        <source>%1 monitoring flags</source>
        <translation>%1条监测标记</translation>
    </message>
    <message>
        <source>%1 job fair attendances</source>
        <translation>%1场招聘会参会记录</translation>
    </message>
    <message>
        <source>%1 point to this vacancy; close it instead</source>
        <translation>该岗位有%1，不能删除，可改为关闭</translation>
    </message>
    <message>
        <source>%1 point to this person; deal with them first</source>
        <translation>该劳动者有%1，不能删除，请先处理这些记录</translation>
    </message>
    <message>
        <source>%1 point to this enterprise; deal with them first</source>
        <translation>该企业有%1，不能删除，请先处理这些记录</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Record %1 already exists</source>
        <translation>记录 %1 已存在</translation>
    </message>
    <message>
        <source>The field “%2” of record %1 was changed meanwhile (now %3, was %4); reopen the record and edit it again</source>
        <translation>记录 %1 的“%2”已被修改（现为 %3，原为 %4），请重新打开后再编辑</translation>
    </message>
    <message>
        <source>Record %1 no longer exists (it may have been removed)</source>
        <translation>记录 %1 已不存在（可能已被删除）</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Record %1 does not exist</source>
        <translation>记录 %1 不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>required, please fill it in</source>
        <translation>必填，请填写</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>不能超过 %1 个字</translation>
    </message>
    <message>
        <source>not a valid date, write it as YYYY-MM-DD (e.g. 2026-03-01)</source>
        <translation>日期无效，请按 年-月-日 填写（如 2026-03-01）</translation>
    </message>
    <message>
        <source>too early, check the year</source>
        <translation>日期太早，请检查年份</translation>
    </message>
    <message>
        <source>cannot be after today (%1)</source>
        <translation>不能晚于今天（%1）</translation>
    </message>
    <message>
        <source>please enter a whole number</source>
        <translation>请填写整数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>应在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>not a value of this list (%1)</source>
        <translation>不是本清单中的选项（%1）</translation>
    </message>
    <message>
        <source>please choose a value from the list</source>
        <translation>请从列表中选择</translation>
    </message>
    <message>
        <source>the chosen record does not exist</source>
        <translation>所选记录不存在</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>返岗时间</translation>
    </message>
    <message>
        <source>already registered to %1, record %2; open that record instead</source>
        <translation>已登记为 %1，编号 %2，请打开该记录修改</translation>
    </message>
    <message>
        <source>must follow the ID number (%1)</source>
        <translation>应与身份证号一致（%1）</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>cannot be before the registration (%1)</source>
        <translation>不能早于登记日期（%1）</translation>
    </message>
    <message>
        <source>cannot be more than a year ahead</source>
        <translation>不能晚于一年之后</translation>
    </message>
    <message>
        <source>cannot be below the lower bound (%1 yuan)</source>
        <translation>不能低于下限（%1 元）</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Service kind</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>帮扶方式</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结业</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>取得证书</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>创业导师</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>创业项目</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>慰问地点</translation>
    </message>
    <message>
        <source>not recorded for this kind of service; clear it</source>
        <translation>此类服务不登记这一项，请清空</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>enter a number of yuan from 0 to 100000000</source>
        <translation>请填写 0 到 100000000 之间的元数</translation>
    </message>
    <message>
        <source>this person is already enrolled in the mutual insurance this year (on %1)</source>
        <translation>此人本年度已参加互助保障（%1）</translation>
    </message>
    <message>
        <source>this person already has this service on this day; edit that record instead</source>
        <translation>此人当天已有同类服务记录，请修改那条记录</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>cannot be before the start (%1)</source>
        <translation>不能早于开始日期（%1）</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <source>Skill upgrading</source>
        <translation>技能提升培训</translation>
    </message>
    <message>
        <source>Employment training</source>
        <translation>就业技能培训</translation>
    </message>
    <message>
        <source>On-the-job training</source>
        <translation>岗位技能培训</translation>
    </message>
    <message>
        <source>Domestic-service pilot</source>
        <translation>家政服务试点培训</translation>
    </message>
    <message>
        <source>Entrepreneurship guidance</source>
        <translation>创业指导</translation>
    </message>
    <message>
        <source>Entrepreneurship training</source>
        <translation>创业培训</translation>
    </message>
    <message>
        <source>Discounted employment loan</source>
        <translation>创业担保贷款贴息</translation>
    </message>
    <message>
        <source>Interest-free loan</source>
        <translation>无息借款</translation>
    </message>
    <message>
        <source>Means of production</source>
        <translation>生产资料帮扶</translation>
    </message>
    <message>
        <source>Order-based</source>
        <translation>订单式</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>定向式</translation>
    </message>
    <message>
        <source>Internet+</source>
        <translation>互联网+</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>12351 hotline</source>
        <translation>12351热线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Training kind</source>
        <translation>培训类别</translation>
    </message>
    <message>
        <source>Loan or support amount (yuan)</source>
        <translation>贷款或帮扶金额（元）</translation>
    </message>
    <message>
        <source>Amount given (yuan)</source>
        <translation>发放金额（元）</translation>
    </message>
    <message>
        <source>Premium (yuan)</source>
        <translation>保费（元）</translation>
    </message>
    <message>
        <source>Project: the name is required, please fill it in</source>
        <translation>创业项目：名称为必填项，请填写</translation>
    </message>
    <message>
        <source>Project: choose the unit and the day it was put forward</source>
        <translation>创业项目：请选择所属单位并填写推荐日期</translation>
    </message>
    <message>
        <source>Project: the stage must be candidate, selected or supported</source>
        <translation>创业项目：阶段须为候选、入选优质项目或已扶持</translation>
    </message>
    <message>
        <source>Project: this unit already has a project named “%1”; edit that one</source>
        <translation>创业项目：本单位已有名为“%1”的项目，请修改那个项目</translation>
    </message>
    <message>
        <source>The project&apos;s change could not be undone</source>
        <translation>创业项目的修改未能撤销</translation>
    </message>
    <message>
        <source>There is no project %1</source>
        <translation>没有编号为 %1 的创业项目</translation>
    </message>
    <message>
        <source>A %1 service has no field “%2”; its fields are: %3</source>
        <translation>%1 服务没有字段“%2”；可用字段：%3</translation>
    </message>
    <message>
        <source>There is no service kind “%1”; the kinds are: %2</source>
        <translation>没有服务类别“%1”；可用类别：%2</translation>
    </message>
    <message>
        <source>Not a change of a service</source>
        <translation>这不是对服务记录的修改</translation>
    </message>
    <message>
        <source>There is no service %1</source>
        <translation>没有编号为 %1 的服务记录</translation>
    </message>
    <message>
        <source>The project&apos;s change could not be redone</source>
        <translation>创业项目的修改未能重做</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
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
    <message>
        <source>is not a figure&apos;s name (fairs by level belong in fairs_by_level)</source>
        <translation>不是指标名称（按级别统计的招聘会应放在 fairs_by_level 中）</translation>
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
        <translation>线下</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Live-stream</source>
        <translation>直播带岗</translation>
    </message>
    <message>
        <source>Offline with a live-stream</source>
        <translation>线下＋直播</translation>
    </message>
    <message>
        <source>Job fair %1 does not exist</source>
        <translation>第 %1 号招聘会不存在</translation>
    </message>
    <message>
        <source>Vacancy %1 does not exist</source>
        <translation>第 %1 号岗位不存在</translation>
    </message>
    <message>
        <source>This post is already one of the fair&apos;s posts</source>
        <translation>该岗位已在本场招聘会的岗位中</translation>
    </message>
    <message>
        <source>added at a job fair</source>
        <translation>招聘会现场登记</translation>
    </message>
    <message>
        <source>Enterprise %1 does not exist</source>
        <translation>第 %1 号企业不存在</translation>
    </message>
    <message>
        <source>The enterprise already takes part in this fair</source>
        <translation>该企业已是本场招聘会的参会企业</translation>
    </message>
    <message>
        <source>Intentions or contracts made at the fair name this enterprise; remove them first</source>
        <translation>本场招聘会有与该企业达成的意向或签约，请先删除这些记录</translation>
    </message>
    <message>
        <source>The enterprise does not take part in this fair</source>
        <translation>该企业不是本场招聘会的参会企业</translation>
    </message>
    <message>
        <source>This vacancy is not one of the fair&apos;s posts</source>
        <translation>该岗位不在本场招聘会的岗位中</translation>
    </message>
    <message>
        <source>Worker %1 does not exist</source>
        <translation>第 %1 号劳动者不存在</translation>
    </message>
    <message>
        <source>This person is already recorded at the fair</source>
        <translation>此人已登记为本场招聘会的参会人员</translation>
    </message>
    <message>
        <source>This person has intentions or contracts made at the fair; remove them first</source>
        <translation>此人在本场招聘会有意向或签约记录，请先删除这些记录</translation>
    </message>
    <message>
        <source>This person is not recorded at the fair</source>
        <translation>此人未登记为本场招聘会的参会人员</translation>
    </message>
    <message>
        <source>The fair is still planned; record intentions once it is held</source>
        <translation>招聘会尚在计划中，举办后再登记意向</translation>
    </message>
    <message>
        <source>The day must be one of the fair&apos;s days (%1 to %2)</source>
        <translation>日期须在招聘会举办期间（%1 至 %2）</translation>
    </message>
    <message>
        <source>Enter a number from 0 to %1</source>
        <translation>请填写 0 至 %1 之间的数</translation>
    </message>
    <message>
        <source>Choose the organiser</source>
        <translation>请选择主办单位</translation>
    </message>
    <message>
        <source>The organiser is not an organisation of this file</source>
        <translation>主办单位不在本台账的组织中</translation>
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
        <translation>请填写开始日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day (%1)</source>
        <translation>结束日期不能早于开始日期（%1）</translation>
    </message>
    <message>
        <source>Reported contracts cannot exceed reported intentions (%1)</source>
        <translation>上报的签约人数不能多于上报的意向人数（%1）</translation>
    </message>
    <message>
        <source>The fair was held; its first day cannot be after today (%1)</source>
        <translation>招聘会已举办，开始日期不能晚于今天（%1）</translation>
    </message>
    <message>
        <source>The fair &quot;%1&quot; has enterprises, posts or people recorded; remove them first</source>
        <translation>招聘会“%1”已登记企业、岗位或人员，请先删除</translation>
    </message>
    <message>
        <source>The fair is already %1</source>
        <translation>招聘会已是“%1”状态</translation>
    </message>
    <message>
        <source>A fair goes from planned to held to closed one step at a time; it is %1</source>
        <translation>招聘会状态只能按“计划中→已举办→已结束”逐步变更；当前为“%1”</translation>
    </message>
    <message>
        <source>The fair starts on %1; it cannot be held before then</source>
        <translation>招聘会 %1 开始，此前不能标为已举办</translation>
    </message>
    <message>
        <source>Fair name</source>
        <translation>招聘会名称</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>empty for a one-day fair</source>
        <translation>一天的招聘会可不填</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
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
        <translation>举办地点或平台</translation>
    </message>
    <message>
        <source>Key groups targeted</source>
        <translation>面向的重点群体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visits (reported)</source>
        <translation>入场人次（上报）</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>发放资料（份）</translation>
    </message>
    <message>
        <source>Intentions (reported total)</source>
        <translation>达成意向（上报总数）</translation>
    </message>
    <message>
        <source>Contracts (reported total)</source>
        <translation>签约（上报总数）</translation>
    </message>
    <message>
        <source>Jobs (reported total)</source>
        <translation>提供岗位（上报总数）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The referral has moved on since; it is not taken back</source>
        <translation>该推荐此后已有新进展，不予撤回</translation>
    </message>
    <message>
        <source>Only an enterprise, a post or a person can be created at a fair</source>
        <translation>招聘会现场只能新建企业、岗位或人员</translation>
    </message>
    <message>
        <source>It has been recorded at another fair since; remove it there first</source>
        <translation>此后已在另一场招聘会登记，请先在那里移除</translation>
    </message>
    <message>
        <source>undone: added at a job fair</source>
        <translation>撤销招聘会现场登记</translation>
    </message>
    <message>
        <source>Job fair %1 exists already</source>
        <translation>招聘会 %1 已存在</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>举办地点</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>参会企业</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>用工需求</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记求职</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>达成意向</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Demand ratio</source>
        <translation>求人倍率</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file does not exist: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>This is a folder, not a CSV file: %1</source>
        <translation>这是一个文件夹，不是 CSV 文件：%1</translation>
    </message>
    <message>
        <source>Cannot open the file %1: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>This is an Excel workbook (.xlsx / .xls), not a CSV file. In Excel choose Save As → &quot;CSV UTF-8 (Comma delimited)&quot; and import that file: %1</source>
        <translation>这是 Excel 工作簿（.xlsx / .xls），不是 CSV 文件。请在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）”后再导入：%1</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file and cannot be imported: %1</source>
        <translation>这不是文本文件（CSV），无法导入：%1</translation>
    </message>
    <message>
        <source>Cannot read the CSV file: %1</source>
        <translation>无法读取该 CSV 文件：%1</translation>
    </message>
    <message>
        <source>No header row was found</source>
        <translation>找不到表头行</translation>
    </message>
    <message>
        <source>The file lacks required columns: %1. Check the header row</source>
        <translation>文件缺少必需的列：%1。请检查表头</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The import is not prepared (the file cannot be used)</source>
        <translation>导入尚未准备好（文件无法使用）</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>已取消，未写入任何数据</translation>
    </message>
    <message>
        <source>The import failed; nothing was written.
%1</source>
        <translation>导入失败，未写入任何数据
%1</translation>
    </message>
    <message>
        <source>This import had no rows with issues; there is no error file</source>
        <translation>本次导入没有问题行，无需错误文件</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>劳动者</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>vacancy</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Import batch %1 does not exist</source>
        <translation>找不到第 %1 批导入</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2</source>
        <translation>第 %1 批导入已于 %2 撤销过，不能再次撤销</translation>
    </message>
    <message>
        <source>Import batch %1 never finished and cannot be undone</source>
        <translation>第 %1 批导入没有完成记录，无法撤销</translation>
    </message>
    <message>
        <source>Undid the import of &quot;%1&quot;: removed %2 created records, restored %3 updated records</source>
        <translation>撤销导入“%1”：删除新建记录 %2 条，恢复更新记录 %3 条</translation>
    </message>
    <message>
        <source>Cannot undo import batch %1: later imports (%2 batch(es), the latest is batch %3) changed %4 of its records (e.g. &quot;%5&quot;). Undo batch %3 first</source>
        <translation>不能撤销第 %1 批导入：之后的导入（共 %2 批，最近的是第 %3 批）又改动了它的 %4 条记录（如“%5”）。请先撤销第 %3 批</translation>
    </message>
    <message>
        <source>workers it created now have referrals or services</source>
        <translation>名劳动者已有推荐或服务记录</translation>
    </message>
    <message>
        <source>enterprises it created now have referrals, services, fairs, demand snapshots, flags or other vacancies</source>
        <translation>家企业已有推荐、服务、招聘会、需求记录、监测标记或另行录入的岗位</translation>
    </message>
    <message>
        <source>vacancies it created now have referrals</source>
        <translation>个岗位已有推荐记录</translation>
    </message>
    <message>
        <source>Cannot undo import batch %1: %2 %3 (e.g. &quot;%4&quot;); undoing would delete that work too</source>
        <translation>不能撤销第 %1 批导入：它新建的记录中有 %2 %3（如“%4”）。撤销会连带删除这些工作记录</translation>
    </message>
    <message>
        <source>Cannot undo import batch %1: %3 %2 record(s) it created or updated were edited afterwards (e.g. &quot;%4&quot;); undoing would lose those edits</source>
        <translation>不能撤销第 %1 批导入：它新建或更新的%2记录中有 %3 条在导入后又被修改过（如“%4”），撤销会丢失这些修改</translation>
    </message>
    <message>
        <source>Cannot write the error file&apos;s temporary copy: %1</source>
        <translation>无法写入错误文件的临时副本：%1</translation>
    </message>
    <message>
        <source>Cannot create the error file&apos;s temporary copy: %1</source>
        <translation>无法建立错误文件的临时副本：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>[Not imported] %1</source>
        <translation>【未导入】%1</translation>
    </message>
    <message>
        <source>[Imported, please check] %1</source>
        <translation>【已导入，请核对】%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The error file was not started</source>
        <translation>错误文件未开始</translation>
    </message>
    <message>
        <source>There are no rows for an error file</source>
        <translation>没有需要写入错误文件的行</translation>
    </message>
    <message>
        <source>Cannot read the error file&apos;s temporary copy</source>
        <translation>无法读取错误文件的临时副本</translation>
    </message>
    <message>
        <source>The file has no home organisation</source>
        <translation>文件中没有设定本单位</translation>
    </message>
    <message>
        <source>The row is not imported</source>
        <translation>该行未导入</translation>
    </message>
    <message>
        <source>Imported with this field empty; the original text is kept in the error file</source>
        <translation>该项留空导入，原文保留在错误文件中</translation>
    </message>
    <message>
        <source>The recognised values are imported; the original text is kept in the error file</source>
        <translation>其余已识别的值照常导入，原文保留在错误文件中</translation>
    </message>
    <message>
        <source>Imported as written</source>
        <translation>已照原样导入</translation>
    </message>
    <message>
        <source>The text is kept as written</source>
        <translation>原文已作为文字保留</translation>
    </message>
    <message>
        <source>Imported as the ID number says</source>
        <translation>已按身份证号导入</translation>
    </message>
    <message>
        <source>Recorded under the home organisation; the original text is kept in the error file</source>
        <translation>已记在本单位名下，原文保留在错误文件中</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is empty: %2. %3.</source>
        <translation>“%1”列为空：%2。%3。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;, value &quot;%2&quot;: %3. %4.</source>
        <translation>“%1”列的“%2”：%3。%4。</translation>
    </message>
    <message>
        <source>the date %1 is after today (%2); check the year and the order of month and day</source>
        <translation>日期 %1 晚于今天（%2），请核对是否录错年份或月日顺序</translation>
    </message>
    <message>
        <source>not a recognised %1</source>
        <translation>不是可识别的%1</translation>
    </message>
    <message>
        <source>not a recognised %1; write one of: %2 (to use a new value, add it under reference data first)</source>
        <translation>不是可识别的%1，可填写：%2（如需新的值，请先在“基础数据”中添加）</translation>
    </message>
    <message>
        <source>not a recognised %1 (to use a new value, add it under reference data first)</source>
        <translation>不是可识别的%1（如需新的值，请先在“基础数据”中添加）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in it is not a recognised %2</source>
        <translation>其中“%1”不是可识别的%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in it is not a recognised %2; write one or more of: %3, separated by 、</source>
        <translation>其中“%1”不是可识别的%2，可填写：%3，多个值用“、”分隔</translation>
    </message>
    <message>
        <source>there is no organisation with this name or code in the file (write the full name or the code when a short name is shared). Add the unit under organisations first, or use the name or code of an existing one</source>
        <translation>文件中没有这个名称或代码的单位（名称不唯一时请写全称或代码）。请先在“组织机构”中添加该单位，或改为已有单位的名称或代码</translation>
    </message>
    <message>
        <source>industry (write the section letter such as C or a name such as 制造业)</source>
        <translation>行业（可写门类字母如“C”或名称如“制造业”）</translation>
    </message>
    <message>
        <source>write 是 (yes) or 否 (no)</source>
        <translation>请填写“是”或“否”</translation>
    </message>
    <message>
        <source>no headcount can be read from it; write it like 20, 20人 or 若干</source>
        <translation>无法读出招聘人数，请写成如“20”“20人”或“若干”</translation>
    </message>
    <message>
        <source>no monthly wage range can be read from it, so wage statistics leave it out. Write it like 3000-5000元/月, 5000元, 5k-8k or 面议</source>
        <translation>无法读出月薪范围，统计中不计入薪资。请写成如 3000-5000元/月、5000元、5k-8k 或“面议”</translation>
    </message>
    <message>
        <source>no age range can be read from it; write it like 18-45岁, 45岁以下, 18岁以上 or 不限</source>
        <translation>无法读出年龄范围，请写成如“18-45岁”“45岁以下”“18岁以上”或“不限”</translation>
    </message>
    <message>
        <source>not a recognised skill level (初级工, 中级工, 高级工, 技师, 高级技师); it was added to the requirements</source>
        <translation>不是可识别的技能等级（初级工、中级工、高级工、技师、高级技师），已并入岗位要求</translation>
    </message>
    <message>
        <source>write 招聘中 (open), 已招满 (filled) or 已关闭 (closed); an empty status is imported as open</source>
        <translation>岗位状态应写“招聘中”“已招满”或“已关闭”，该项留空即按“招聘中”导入</translation>
    </message>
    <message>
        <source>the enterprise name is missing, so the vacancy cannot be attached to an enterprise; enter the enterprise&apos;s full name</source>
        <translation>缺少企业名称，无法确定岗位属于哪家企业，请填写企业全称</translation>
    </message>
    <message>
        <source>the job title is missing; enter the job offered (e.g. 普工, 电焊工)</source>
        <translation>缺少岗位名称，请填写招聘的岗位（如“普工”“电焊工”）</translation>
    </message>
    <message>
        <source>occupation group (write 1–8 or a name)</source>
        <translation>职业大类（可写 1–8 或名称）</translation>
    </message>
    <message>
        <source>required education level</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>employment form</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>the resident ID number is missing, so the person cannot be identified; enter the 18-character ID number</source>
        <translation>缺少身份证号，无法确定是哪一位劳动者，请填写 18 位身份证号</translation>
    </message>
    <message>
        <source>the ID number was damaged by Excel, which stored it as a number (scientific notation, or the last digits turned to 0), and cannot be recovered. Set the column&apos;s format to Text in Excel, re-enter the IDs and save as CSV again</source>
        <translation>身份证号已被 Excel 当作数字保存而损坏（变成科学计数法或末几位变成 0），无法恢复。请在 Excel 中把该列设置为“文本”格式后重新录入身份证号并另存为 CSV</translation>
    </message>
    <message>
        <source>write 男 or 女 (male or female); the ID number says %1</source>
        <translation>性别应写“男”或“女”；按身份证号为%1</translation>
    </message>
    <message>
        <source>contradicts the ID number, whose 17th digit says %1; check the gender or the ID number</source>
        <translation>与身份证号不符，身份证号第 17 位表明是%1性，请核对性别或身份证号</translation>
    </message>
    <message>
        <source>write 省内 (in the province) or 省外 (out of the province), or a place name such as 合肥 or 浙江宁波</source>
        <translation>返岗去向应写“省内”或“省外”（也可写省市名称，如“合肥”“浙江宁波”）</translation>
    </message>
    <message>
        <source>the expected wage must be monthly; a daily or hourly rate cannot be converted. Write it like 3000-5000, 5000, 5k-8k, 3000以上 or 面议</source>
        <translation>期望薪资应按月填写，日薪、时薪无法换算。请写成如 3000-5000、5000、5k-8k、3000以上 或“面议”</translation>
    </message>
    <message>
        <source>no monthly wage can be read from it. Write it like 3000-5000, 5000, 5k-8k, 3000以上 or 面议</source>
        <translation>无法读出月薪。请写成如 3000-5000、5000、5k-8k、3000以上 或“面议”</translation>
    </message>
    <message>
        <source>the name is missing; enter the person&apos;s name</source>
        <translation>缺少姓名，请填写劳动者姓名</translation>
    </message>
    <message>
        <source>employment status</source>
        <translation>就业状态</translation>
    </message>
    <message>
        <source>skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>hardship category</source>
        <translation>困难类型</translation>
    </message>
    <message>
        <source>service need</source>
        <translation>服务需求</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>读取文件时出错：%1</translation>
    </message>
    <message>
        <source>The file is not open for reading</source>
        <translation>文件没有打开，无法读取</translation>
    </message>
    <message>
        <source>This Qt build cannot decode %1 (it needs ICU)</source>
        <translation>这台电脑上的 Qt 不能解码 %1</translation>
    </message>
    <message>
        <source>From line %1 the file is not valid UTF-8 although the text before it is; choose the file&apos;s encoding (GB18030 or UTF-8) when importing</source>
        <translation>文件第 %1 行起不是 UTF-8 编码，但前面的内容是：请在导入时指定文件编码（GB18030 或 UTF-8）</translation>
    </message>
    <message>
        <source>Near line %1 of the file some bytes are not valid %2 and were replaced by �; if the text looks garbled, choose another encoding when importing</source>
        <translation>文件第 %1 行附近有不符合 %2 编码的字节，已替换为 �；如果文字是乱码，请在导入时选择其他编码</translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break</source>
        <translation>分隔符不能是引号或换行符</translation>
    </message>
    <message>
        <source>The file has no content: it is empty or has only blank rows</source>
        <translation>文件中没有任何内容（空文件或只有空行）</translation>
    </message>
    <message>
        <source>Row %1 (line %2 of the file) has more than %3 columns</source>
        <translation>第 %1 行（文件第 %2 行）超过 %3 列</translation>
    </message>
    <message>
        <source>A cell in row %1 (line %2 of the file) is longer than %3 characters; probably a quote is never closed</source>
        <translation>第 %1 行（文件第 %2 行）有单元格超过 %3 个字符，多半是引号没有闭合</translation>
    </message>
    <message>
        <source>The quote opened in row %1 (line %2 of the file) is never closed, so nothing after it can be read; check that row in Excel</source>
        <translation>第 %1 行（文件第 %2 行）开始的引号没有闭合，之后的内容都无法读取；请在 Excel 中检查这一行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Town / unit</source>
        <translation>所属乡镇（单位）</translation>
    </message>
    <message>
        <source>Household registration place</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>现居住地</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就业状态</translation>
    </message>
    <message>
        <source>Return-to-work date</source>
        <translation>返岗时间</translation>
    </message>
    <message>
        <source>Return destination</source>
        <translation>返岗去向</translation>
    </message>
    <message>
        <source>Desired job</source>
        <translation>求职意向</translation>
    </message>
    <message>
        <source>Desired place</source>
        <translation>意向工作地点</translation>
    </message>
    <message>
        <source>Expected wage</source>
        <translation>期望薪资</translation>
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
        <source>Registration date</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Last contact date</source>
        <translation>最近联系日期</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Hardship categories</source>
        <translation>困难类型</translation>
    </message>
    <message>
        <source>Service needs</source>
        <translation>服务需求</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>County / unit</source>
        <translation>所属县区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>企业地址</translation>
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
        <translation>是否重点企业</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
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
        <source>Wage</source>
        <translation>薪资待遇</translation>
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
        <source>Age range</source>
        <translation>年龄要求</translation>
    </message>
    <message>
        <source>Skill required</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>岗位要求</translation>
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
        <translation>岗位状态</translation>
    </message>
    <message>
        <source>Enter a name for the import profile</source>
        <translation>请为导入方案填写名称</translation>
    </message>
    <message>
        <source>The import profile does not exist (it may have been deleted already)</source>
        <translation>导入方案不存在（可能已被删除）</translation>
    </message>
    <message>
        <source>Same %2 as line %1; this later row updates it</source>
        <translation>与第 %1 行是同一%2，以本行（较后的一行）为准更新</translation>
    </message>
    <message>
        <source>Internal error: not a worker import</source>
        <translation>内部错误：不是劳动者导入</translation>
    </message>
    <message>
        <source>Internal error: not a vacancy import</source>
        <translation>内部错误：不是岗位导入</translation>
    </message>
    <message>
        <source>Cannot register the search functions: %1</source>
        <translation>无法注册检索函数：%1</translation>
    </message>
    <message>
        <source>The file is being written by another program or window; try again later</source>
        <translation>文件正被其他程序或窗口写入，请稍后再试</translation>
    </message>
    <message>
        <source>Database operation failed (%1): %2</source>
        <translation>数据库操作失败（%1）：%2</translation>
    </message>
    <message>
        <source>The enterprise record is gone</source>
        <translation>企业记录已不存在</translation>
    </message>
    <message>
        <source>job title of the same enterprise</source>
        <translation>企业的同一岗位</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Internal error: worker %1 could not be read</source>
        <translation>内部错误：劳动者记录 %1 读取失败</translation>
    </message>
    <message>
        <source>Job fair %1 does not exist; choose the fair the sheet is from</source>
        <translation>第 %1 号招聘会不存在，请选择登记表所属的招聘会</translation>
    </message>
    <message>
        <source>Job fair %1 is still planned; mark it held before importing its sheet</source>
        <translation>第 %1 号招聘会尚在计划中，请先标为已举办再导入登记表</translation>
    </message>
    <message>
        <source>This person&apos;s intention with %1 is already recorded; it is not recorded twice</source>
        <translation>此人与%1的意向已登记过，不再重复登记</translation>
    </message>
    <message>
        <source>Enterprise of the intention not found: &quot;%1&quot; is not in the enterprise list; the person is recorded as an attendee without an intention. Add the enterprise and record the intention on the fair&apos;s page</source>
        <translation>意向单位未找到：“%1”不在企业清单中，此人已登记为参会人员，未登记意向。请先添加该企业，再在招聘会页面登记意向</translation>
    </message>
    <message>
        <source>The post &quot;%1&quot; was not among %2&apos;s vacancies; it was added with the fair as its source (headcount not given)</source>
        <translation>“%1”不在%2的岗位中，已作为本场招聘会带来的新岗位添加（未填招聘人数）</translation>
    </message>
    <message>
        <source>Internal error: not a fair sheet import</source>
        <translation>内部错误：不是招聘会登记表导入</translation>
    </message>
    <message>
        <source>write 是/否, 已签/未签, √/×, Y/N or 1/0 for whether a contract was signed; imported as not signed</source>
        <translation>是否签约应写 是/否、已签/未签、√/×、Y/N 或 1/0；按未签约导入</translation>
    </message>
    <message>
        <source>The sub-unit chosen for the file is no longer in it; choose another</source>
        <translation>为本文件选择的所属单位已不在文件中，请重新选择</translation>
    </message>
    <message>
        <source>Date of the service</source>
        <translation>服务日期</translation>
    </message>
    <message>
        <source>every service needs its day; write it as 2026-03-01, 2026/3/1 or 2026年3月1日</source>
        <translation>每项服务都要填写日期，写成 2026-03-01、2026/3/1 或 2026年3月1日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>帮扶方式</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>是否结业</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>是否取证</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>创业导师</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>咨询事项</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>慰问地点</translation>
    </message>
    <message>
        <source>Internal error: not a service roster import</source>
        <translation>内部错误：这不是服务名单导入</translation>
    </message>
    <message>
        <source>A service roster needs the kind of its services: one of %1</source>
        <translation>导入服务名单需要指定服务类别：%1 之一</translation>
    </message>
    <message>
        <source>The file has no service kind “%1”</source>
        <translation>本文件没有服务类别“%1”</translation>
    </message>
    <message>
        <source>this kind of service does not record this column; left out</source>
        <translation>此类服务不登记这一列，已略过</translation>
    </message>
    <message>
        <source>write one of %1; imported with this field empty</source>
        <translation>请填写 %1 之一；此项按空值导入</translation>
    </message>
    <message>
        <source>write 是 or 否; imported with this field empty</source>
        <translation>请填写“是”或“否”；此项按空值导入</translation>
    </message>
    <message>
        <source>write a number from 0 to %1; imported with this field empty</source>
        <translation>请填写 0 到 %1 之间的数字；此项按空值导入</translation>
    </message>
    <message>
        <source>longer than %1 characters; imported with this field empty</source>
        <translation>超过 %1 个字符；此项按空值导入</translation>
    </message>
    <message>
        <source>no one with this ID number is on the worker list; register the person first (劳动者 list or a worker list import), then import this row again</source>
        <translation>劳动者名单中没有此身份证号；请先登记此人（在“劳动者”页面或导入劳动者名单），再重新导入这一行</translation>
    </message>
    <message>
        <source>the day of the service is after today; the row is not imported</source>
        <translation>服务日期晚于今天；此行未导入</translation>
    </message>
    <message>
        <source>this service is already recorded for this person; not repeated</source>
        <translation>此人的这项服务已登记；不重复登记</translation>
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
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>尚未到期</translation>
    </message>
    <message>
        <source>Employed within 3 months</source>
        <translation>3 个月内就业</translation>
    </message>
    <message>
        <source>The province&apos;s part</source>
        <translation>省级承担</translation>
    </message>
    <message>
        <source>The city&apos;s part</source>
        <translation>市级承担</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>服务提供方</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记单位</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
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
        <source>Left the job</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入场人次</translation>
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
</context>
<context>
    <name>Placement</name>
    <message>
        <source>A check is recorded on a day that has come</source>
        <translation>回访只能记录在已到的日期</translation>
    </message>
    <message>
        <source>Referral %1 has no running contract to check</source>
        <translation>推荐记录 %1 没有在履行的合同可回访</translation>
    </message>
    <message>
        <source>The day is missing or not a date</source>
        <translation>日期缺失或不是有效日期</translation>
    </message>
    <message>
        <source>A holiday needs a name (e.g. 春节)</source>
        <translation>节假日需要名称（如 春节）</translation>
    </message>
    <message>
        <source>%1 is not in the holiday calendar</source>
        <translation>%1 不在节假日日历中</translation>
    </message>
    <message>
        <source>Worker %1 does not exist</source>
        <translation>劳动者 %1 不存在</translation>
    </message>
    <message>
        <source>Post %1 does not exist</source>
        <translation>岗位 %1 不存在</translation>
    </message>
    <message>
        <source>A synonym needs two different trades</source>
        <translation>同义工种需要两个不同的工种</translation>
    </message>
    <message>
        <source>hardship case</source>
        <translation>困难人员</translation>
    </message>
    <message>
        <source>key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Occupation group</source>
        <translation>职业大类</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待兑现</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>逾期兑现</translation>
    </message>
    <message>
        <source>Unwilling for now</source>
        <translation>暂无就业意愿</translation>
    </message>
    <message>
        <source>Worker %1 has no hardship category; the promise does not apply</source>
        <translation>劳动者 %1 无困难类别，不适用一周承诺</translation>
    </message>
    <message>
        <source>The person has declined %1 posts; &quot;unwilling for now&quot; needs %2</source>
        <translation>此人已放弃 %1 个岗位；记为“暂无就业意愿”需要 %2 个</translation>
    </message>
    <message>
        <source>Nothing recorded as unwilling for worker %1</source>
        <translation>劳动者 %1 没有“暂无就业意愿”的记录</translation>
    </message>
    <message>
        <source>Worker %1 is not in the hardship category &quot;%2&quot;</source>
        <translation>劳动者 %1 不属于困难类别“%2”</translation>
    </message>
    <message>
        <source>Referral %1 does not exist</source>
        <translation>推荐记录 %1 不存在</translation>
    </message>
    <message>
        <source>Referral %1 is at stage &quot;%2&quot;, which the pipeline does not know</source>
        <translation>推荐记录 %1 处于未知阶段“%2”</translation>
    </message>
    <message>
        <source>%1 is after today; a stage is recorded when it has happened</source>
        <translation>%1 晚于今天；阶段发生后才能记录</translation>
    </message>
    <message>
        <source>A reason is required</source>
        <translation>必须选择原因</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason in use</source>
        <translation>“%1”不是在用的原因</translation>
    </message>
    <message>
        <source>A referral at &quot;%1&quot; cannot move to &quot;%2&quot;</source>
        <translation>处于“%1”的推荐不能转到“%2”</translation>
    </message>
    <message>
        <source>%1 is before the referral&apos;s current stage (%2)</source>
        <translation>%1 早于该推荐当前阶段的日期（%2）</translation>
    </message>
    <message>
        <source>The contract&apos;s start day is more than a year before it was signed</source>
        <translation>合同起始日期比签订日期早一年以上</translation>
    </message>
    <message>
        <source>No worker has the ID number %1</source>
        <translation>没有身份证号为 %1 的劳动者</translation>
    </message>
    <message>
        <source>Post %1 is not open</source>
        <translation>岗位 %1 未在招聘</translation>
    </message>
    <message>
        <source>This person already has referral %1 to this post</source>
        <translation>此人已有推荐到该岗位的记录 %1</translation>
    </message>
    <message>
        <source>The referral is at &quot;%1&quot; already</source>
        <translation>该推荐已处于“%1”</translation>
    </message>
    <message>
        <source>The referral ended (%1); correct it back to a stage it reached first</source>
        <translation>该推荐已结束（%1）；请先更正回它到达过的阶段</translation>
    </message>
    <message>
        <source>Referral %1 is no longer open; a contract ends by leaving</source>
        <translation>推荐记录 %1 已不在进行中；签约后只能以离职结束</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>已面试</translation>
    </message>
    <message>
        <source>Intention reached</source>
        <translation>达成意向</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>已签合同</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Declined by the worker</source>
        <translation>本人放弃</translation>
    </message>
    <message>
        <source>Rejected by the employer</source>
        <translation>企业未录用</translation>
    </message>
    <message>
        <source>Withdrawn by the officer</source>
        <translation>经办人撤回</translation>
    </message>
    <message>
        <source>Hired elsewhere</source>
        <translation>已在别处就业</translation>
    </message>
    <message>
        <source>There is nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>a whole number of days from 1 to 60</source>
        <translation>1 到 60 之间的整数天数</translation>
    </message>
    <message>
        <source>calendar or working</source>
        <translation>calendar（自然日）或 working（工作日）</translation>
    </message>
    <message>
        <source>a whole number of months from 1 to 36</source>
        <translation>1 到 36 之间的整数月数</translation>
    </message>
    <message>
        <source>months after the contract starts, separated by commas (e.g. 3,6)</source>
        <translation>合同开始后的月数，用逗号分隔（如 3,6）</translation>
    </message>
    <message>
        <source>a whole number of days from 1 to 365</source>
        <translation>1 到 365 之间的整数天数</translation>
    </message>
    <message>
        <source>a whole number from 1 to 20</source>
        <translation>1 到 20 之间的整数</translation>
    </message>
    <message>
        <source>a number above 0 and at most 1</source>
        <translation>大于 0 且不超过 1 的数</translation>
    </message>
    <message>
        <source>The home organisation is chosen when the file is made and cannot be changed here</source>
        <translation>本单位在建立文件时确定，不能在此修改</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;</source>
        <translation>没有设置项“%1”</translation>
    </message>
    <message>
        <source>%1 must be %2 (got &quot;%3&quot;)</source>
        <translation>%1 必须是%2（收到“%3”）</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Open (before a contract)</source>
        <translation>进行中（未签约）</translation>
    </message>
    <message>
        <source>Stable employment</source>
        <translation>稳定就业</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
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
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stage day</source>
        <translation>阶段日期</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>%1 yuan a month</source>
        <translation>月薪 %1 元</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Retention check: still employed</source>
        <translation>回访：仍在岗</translation>
    </message>
    <message>
        <source>Retention check: left</source>
        <translation>回访：已离职</translation>
    </message>
    <message>
        <source>Retention check: could not be reached</source>
        <translation>回访：联系不上</translation>
    </message>
    <message>
        <source>%1-month check</source>
        <translation>%1 个月回访</translation>
    </message>
    <message>
        <source>Corrected back to %1</source>
        <translation>更正回%1</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>原为%1</translation>
    </message>
    <message>
        <source>A change was undone</source>
        <translation>撤销了一次更改</translation>
    </message>
    <message>
        <source>A change was redone</source>
        <translation>重做了一次更改</translation>
    </message>
    <message>
        <source>Referral %1 cannot be put back: its photograph is incomplete</source>
        <translation>推荐 %1 无法恢复：保存的记录不完整</translation>
    </message>
    <message>
        <source>There is nothing to redo</source>
        <translation>没有可重做的内容</translation>
    </message>
    <message>
        <source>a whole number of days from 7 to 730</source>
        <translation>7 到 730 之间的整数天数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trade synonym</source>
        <translation>“%1”不是同义工种</translation>
    </message>
    <message>
        <source>There is no referral %1</source>
        <translation>没有编号为 %1 的推荐记录</translation>
    </message>
    <message>
        <source>no contract has been signed on this referral</source>
        <translation>此推荐尚未签订劳动合同</translation>
    </message>
    <message>
        <source>the contract was signed outside the concentrated phase</source>
        <translation>合同不是在集中行动阶段内签订的</translation>
    </message>
    <message>
        <source>already enrolled in the mutual insurance this year (on %1)</source>
        <translation>本年度已参加互助保障（%1）</translation>
    </message>
    <message>
        <source>an amount in yuan above 0 and at most 10000</source>
        <translation>大于 0、不超过 10000 的元数</translation>
    </message>
    <message>
        <source>a share from 0 to 1 (0.5: half each)</source>
        <translation>0 到 1 之间的比例（0.5 即各承担一半）</translation>
    </message>
    <message>
        <source>Referral no.</source>
        <translation>推荐编号</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days to the due day (negative: after it)</source>
        <translation>距到期天数（负数为超过）</translation>
    </message>
    <message>
        <source>Clock started</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>First recommended</source>
        <translation>首次推荐</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <source>Posts offered</source>
        <translation>推荐岗位数</translation>
    </message>
    <message>
        <source>Offers reach the settings</source>
        <translation>推荐达到设置要求</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>婉拒次数</translation>
    </message>
    <message>
        <source>0 (no reason asked) or 1 (a reason asked)</source>
        <translation>0（不要求理由）或 1（要求理由）</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>到期日</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>Key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Hardship categories</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>hardship category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Occupation groups</source>
        <translation>职业大类</translation>
    </message>
    <message>
        <source>occupation group</source>
        <translation>职业大类</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>education level</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Skill levels</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Service types</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>就业状态</translation>
    </message>
    <message>
        <source>employment status</source>
        <translation>就业状态</translation>
    </message>
    <message>
        <source>Employment forms</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>employment form</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>Job fair kinds</source>
        <translation>招聘会类型</translation>
    </message>
    <message>
        <source>job fair kind</source>
        <translation>招聘会类型</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1名劳动者</translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation>%1家企业</translation>
    </message>
    <message>
        <source>%1 vacancies</source>
        <translation>%1个岗位</translation>
    </message>
    <message>
        <source>%1 workers&apos; service needs</source>
        <translation>%1名劳动者的服务需求</translation>
    </message>
    <message>
        <source>%1 service records</source>
        <translation>%1条服务记录</translation>
    </message>
    <message>
        <source>%1 job fairs</source>
        <translation>%1场招聘会</translation>
    </message>
    <message>
        <source>Reference value #%1 was not found; refresh the list.</source>
        <translation>找不到基础数据项 #%1，请刷新列表。</translation>
    </message>
    <message>
        <source>The Chinese name is empty: enter a Chinese name.</source>
        <translation>中文名称不能为空：请填写中文名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in this list (%2): names in one list must differ; choose another name.</source>
        <translation>“%1”已在此列表中（%2）：同一列表中的名称不能重复，请换一个名称。</translation>
    </message>
    <message>
        <source>There is no reference list &quot;%1&quot;.</source>
        <translation>没有名为“%1”的基础数据列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in: the figures depend on it, so it cannot be retired (it can be renamed).</source>
        <translation>“%1”是统计口径依赖的内置项，不能停用（可以改名）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in %2 the figures depend on: it cannot be deleted (it can be renamed).</source>
        <translation>“%1”是统计口径依赖的内置%2，不能删除（可以改名）。</translation>
    </message>
    <message>
        <source>%1 are in this %2; it cannot be deleted, only retired</source>
        <translation>该%2已被%1使用，不能删除，只能停用</translation>
    </message>
    <message>
        <source>%1 use this %2; it cannot be deleted, only retired</source>
        <translation>该%2已被%1使用，不能删除，只能停用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back: another value has taken its place.</source>
        <translation>无法恢复“%1”：已有其他值占用了它的位置。</translation>
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
        <source>An organisation cannot be moved under another parent.</source>
        <translation>不能把单位移到另一个上级之下。</translation>
    </message>
    <message>
        <source>Foreign keys are enforced; the job fairs table cannot be rebuilt</source>
        <translation>外键检查已开启，无法重建招聘会表</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. Free some space or choose another disk, then try again; nothing was written.</source>
        <translation>无法写入 %1：磁盘已满。请腾出空间或换一个磁盘后重试；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is read-only. Choose a folder on another disk; nothing was written.</source>
        <translation>无法写入 %1：该磁盘为只读。请选择其他磁盘上的文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: this folder cannot be written to. Choose another folder; nothing was written.</source>
        <translation>无法写入 %1：该文件夹不可写入。请选择其他文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>无法写入 %1：%2。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 (the disk holding the file may be full or read-only: free some space, or copy the file to a folder you can write to, then try again; the file was not changed)</source>
        <translation>%1（存放该文件的磁盘可能已满或只读：请腾出空间，或把文件复制到可写入的文件夹后重试；文件未作改动）</translation>
    </message>
    <message>
        <source>The shipped holiday calendar cannot be read</source>
        <translation>无法读取内置的节假日日历</translation>
    </message>
    <message>
        <source>Cannot move the damaged file aside: %1</source>
        <translation>无法将损坏的文件移到一旁：%1</translation>
    </message>
    <message>
        <source>Cannot copy the backup into place: %1</source>
        <translation>无法将备份复制到位：%1</translation>
    </message>
    <message>
        <source>Cannot copy the backup into place (is the disk full?): %1</source>
        <translation>无法将备份复制到位（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <source>Cannot create the backups folder: %1</source>
        <translation>无法创建备份文件夹：%1</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>No good backup of this file was found in %1.</source>
        <translation>在 %1 中没有找到此文件的完好备份。</translation>
    </message>
    <message>
        <source>The newest good backup is %1 (taken %2); it can be restored beside the damaged file, which is kept.</source>
        <translation>最新的完好备份是 %1（备份于 %2）；可以用它恢复，损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>备份已损坏，未恢复：%1</translation>
    </message>
    <message>
        <source>The file is open for writing by %1; close it there before restoring. Nothing was changed.</source>
        <translation>文件正由 %1 以写入方式打开；请先在那里关闭再恢复。没有做任何更改。</translation>
    </message>
    <message>
        <source>The file is damaged and was not opened; nothing was written to it: %1
SQLite&apos;s check found: %2</source>
        <translation>文件已损坏，未打开，也未写入任何内容：%1
SQLite 检查发现：%2</translation>
    </message>
    <message>
        <source>This file must be upgraded to this program&apos;s version, which needs writing, but it is open for writing by %1. Open it again when they have closed it; it was not modified.</source>
        <translation>此文件需要升级到本程序的版本，这需要写入，但它正由 %1 以写入方式打开。请在对方关闭后再打开；文件未被修改。</translation>
    </message>
    <message>
        <source>This file is open for writing by %1. It is open read-only here: nothing can be changed until they close it.</source>
        <translation>此文件正由 %1 以写入方式打开。此处以只读方式打开：在对方关闭之前，不能做任何更改。</translation>
    </message>
    <message>
        <source>Checking the file… It is read-only until the check is done (a few seconds for a large file).</source>
        <translation>正在检查文件…检查完成前只读（大文件需要几秒钟）。</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1（%2，进程 %3，%4 起）</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查文件：%1</translation>
    </message>
    <message>
        <source>Cannot create the file: %1</source>
        <translation>无法创建文件：%1</translation>
    </message>
    <message>
        <source>Cannot write the lock file beside the file (is the folder read-only, or the disk full?): %1</source>
        <translation>无法在文件旁写入锁文件（文件夹是否只读，或磁盘已满？）：%1</translation>
    </message>
    <message>
        <source>Restored from the backup %1</source>
        <translation>已从备份 %1 恢复</translation>
    </message>
    <message>
        <source>Restored from the backup %1; the file it replaced is kept at %2</source>
        <translation>已从备份 %1 恢复；被替换的文件保存在 %2</translation>
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
    <message>
        <source>Change %1 from %2 to %3? That is more than ten times the value it replaces.</source>
        <translation>把“%1”从 %2 改为 %3？这超过原值的十倍。</translation>
    </message>
    <message>
        <source>Set %1 to %2? That is more than ten times this unit&apos;s share of its parent&apos;s target (%3).</source>
        <translation>把“%1”设为 %2？这超过本单位在上级目标中所占份额（%3）的十倍。</translation>
    </message>
    <message>
        <source>Set %1 to %2? That is more than ten times the same target a year earlier (%3).</source>
        <translation>把“%1”设为 %2？这超过上年同一目标（%3）的十倍。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Division code table %1, line %2: %3; reinstall the program or replace the data file</source>
        <translation>行政区划代码表 %1 第 %2 行%3，请重新安装程序或更换数据文件</translation>
    </message>
    <message>
        <source>expected &quot;six-digit-code name&quot;</source>
        <translation>不是“6位代码 名称”</translation>
    </message>
    <message>
        <source>the table holds no codes</source>
        <translation>没有任何代码</translation>
    </message>
    <message>
        <source>wrong column count, code or level</source>
        <translation>列数、代码或级别不对</translation>
    </message>
    <message>
        <source>Cannot read the division code table %1 (%2); reinstall the program</source>
        <translation>无法读取行政区划代码表 %1（%2），请重新安装程序</translation>
    </message>
    <message>
        <source>The unified social credit code is missing; enter the 18-character code shown on the business licence</source>
        <translation>统一社会信用代码为空，请填写营业执照上的 18 位代码</translation>
    </message>
    <message>
        <source>it must have 18 characters; &quot;%1&quot; has %2</source>
        <translation>应为 18 位，“%1”有 %2 位</translation>
    </message>
    <message>
        <source>it contains characters that are not allowed: %1 (codes use digits and capital letters except I, O, S, V, Z)</source>
        <translation>含有不允许的字符 %1（代码只用数字和除 I、O、S、V、Z 以外的大写字母）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>The unified social credit code is invalid: %1. Re-enter it from the business licence</source>
        <translation>统一社会信用代码有误：%1。请对照营业执照重新录入</translation>
    </message>
    <message>
        <source>The unified social credit code&apos;s check character does not match: the standard gives %1, not %2. Compare it with the business licence; a few real codes fail this check, so if it matches the licence you may save it as is</source>
        <translation>统一社会信用代码校验位不符，按标准应为 %1 而不是 %2。请对照营业执照核对；少数真实代码不符合校验规则，核对无误可照常保存</translation>
    </message>
    <message>
        <source>%1; write it in one of these forms: %2</source>
        <translation>%1，请写成以下任一形式：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is Excel date serial 60, the nonexistent 29 February 1900</source>
        <translation>“%1”是 Excel 的日期序号 60，对应并不存在的 1900年2月29日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>the year in &quot;%1&quot; is before 1900</source>
        <translation>“%1”的年份早于 1900 年</translation>
    </message>
    <message>
        <source>there is no month %2 in &quot;%1&quot;</source>
        <translation>“%1”中的月份 %2 不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date: %2-%3 has no day %4</source>
        <translation>“%1”不是有效日期：%2年%3月没有%4日</translation>
    </message>
    <message>
        <source>the time %2 in &quot;%1&quot; is not valid</source>
        <translation>“%1”中的时间 %2 无效</translation>
    </message>
    <message>
        <source>The date is missing; enter a date such as 2024-02-23</source>
        <translation>日期为空，请填写日期，如 2024-02-23</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only a year; enter a full date such as %1-03-01</source>
        <translation>“%1”只有年份，请填写完整日期，如 %1-03-01</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recognised date</source>
        <translation>无法识别日期“%1”</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not recognised: %2. A mobile number has 11 digits starting 13–19 (optionally with +86); a landline is an area code and a number, e.g. 0551-67654321</source>
        <translation>电话号码“%1”无法识别：%2。手机号应为 11 位数字、以 13–19 开头（可带 +86），固定电话应为区号加号码，如 0551-67654321</translation>
    </message>
    <message>
        <source>The phone number is missing; enter a mobile number or a landline with its area code</source>
        <translation>电话号码为空，请填写手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>it contains characters other than digits and separators (put an extension elsewhere)</source>
        <translation>含有数字和分隔符以外的字符（分机号请另填）</translation>
    </message>
    <message>
        <source>it is not a mainland China number</source>
        <translation>不是中国大陆号码</translation>
    </message>
    <message>
        <source>the mobile number has %1 digits instead of 11</source>
        <translation>手机号有 %1 位，应为 11 位</translation>
    </message>
    <message>
        <source>the second digit of a mobile number must be 3–9</source>
        <translation>手机号第二位应为 3–9</translation>
    </message>
    <message>
        <source>the landline&apos;s area code or number has the wrong length (area code 3–4 digits, number 7–8)</source>
        <translation>固定电话区号或号码位数不对（区号 3–4 位，号码 7–8 位）</translation>
    </message>
    <message>
        <source>a landline number (after the area code) cannot start with 0 or 1</source>
        <translation>固定电话号码（区号之后的部分）不能以 0 或 1 开头</translation>
    </message>
    <message>
        <source>it is neither a mobile number nor a landline with an area code</source>
        <translation>既不是手机号也不是带区号的固定电话</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; was damaged by Excel, which stored it as a number (scientific notation or last digits turned to 0); it cannot be recovered. In Excel set the column&apos;s cell format to Text (文本), re-enter or re-export the ID numbers, then import again</source>
        <translation>身份证号“%1”已被 Excel 当作数字保存而损坏（变成科学计数法或末几位变成 0），无法恢复。请在 Excel 中把该列的单元格格式设为“文本”，重新录入或从原系统重新导出身份证号后再导入</translation>
    </message>
    <message>
        <source>The birth date in characters 7–14 of the ID number, %1, is not a real date; compare the number with the ID card</source>
        <translation>身份证号第 7–14 位的出生日期 %1 不是有效日期，请对照证件核对</translation>
    </message>
    <message>
        <source>The birth date in the ID number, %1, is before 1900; compare the number with the ID card</source>
        <translation>身份证号中的出生日期 %1 早于 1900 年，请对照证件核对</translation>
    </message>
    <message>
        <source>The birth date in the ID number, %1, is after today; compare the number with the ID card</source>
        <translation>身份证号中的出生日期 %1 晚于今天，请对照证件核对</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (legacy numbers 15); &quot;%1&quot; has %2. Compare it with the ID card and add the missing or remove the extra characters</source>
        <translation>身份证号应为 18 位（旧版为 15 位），“%1”有 %2 位，请对照证件补全或删去多余字符</translation>
    </message>
    <message>
        <source>The ID number &quot;%1&quot; contains characters that are not allowed: the first 17 must be digits and the last a digit or X; correct it</source>
        <translation>身份证号“%1”含有不允许的字符：前 17 位应为数字，最后一位为数字或 X，请改正</translation>
    </message>
    <message>
        <source>The address code %1 (the first 6 characters of the ID number) is not a current or former division code; compare the first 6 digits with the ID card</source>
        <translation>身份证号前 6 位地址码 %1 不是任何现行或历史行政区划代码，请对照证件核对前 6 位</translation>
    </message>
    <message>
        <source>Address code %1 (%2) was retired in %3; it was valid when the ID was issued, so the number is accepted</source>
        <translation>地址码 %1（%2）已于 %3 年停用，但签发时有效，号码可以使用</translation>
    </message>
    <message>
        <source>The ID number is missing; enter the 18-character ID number</source>
        <translation>身份证号为空，请填写 18 位身份证号</translation>
    </message>
    <message>
        <source>ID number check character does not match, expected %1, not %2: most likely a digit was mistyped; compare every character with the ID card</source>
        <translation>身份证号校验位不符，应为 %1 而不是 %2：多半是某一位录入有误，请对照证件逐位核对</translation>
    </message>
    <message>
        <source>Upgraded the 15-digit legacy ID number %1 to the 18-character %2</source>
        <translation>已将 15 位旧身份证号 %1 升级为 18 位 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write a figure such as 4500, 4500元, 4.5千 or 1.5万</source>
        <translation>“%1”不是金额：请写成 4500、4500元、4.5千 或 1.5万 这样的数</translation>
    </message>
    <message>
        <source>“%1” is not a number: write a figure such as 5, 5人, 3千 or 1.5万</source>
        <translation>“%1”不是数字：请写成 5、5人、3千 或 1.5万 这样的数</translation>
    </message>
    <message>
        <source>“%1” is not a whole number: people, enterprises and fairs are counted whole</source>
        <translation>“%1”不是整数：人数、企业数和场次都按整数计</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Say why the warning is handled</source>
        <translation>请说明处理情况</translation>
    </message>
    <message>
        <source>The reason is at most %1 characters</source>
        <translation>处理说明最多 %1 个字</translation>
    </message>
    <message>
        <source>A warning is handled on a day that has come</source>
        <translation>处理日期不能晚于今天</translation>
    </message>
    <message>
        <source>This warning is already marked handled</source>
        <translation>这条预警已标记为已处理</translation>
    </message>
    <message>
        <source>There is no handled mark %1</source>
        <translation>没有编号为 %1 的处理记录</translation>
    </message>
    <message>
        <source>No change at &quot;%1&quot;</source>
        <translation>停留在“%1”无进展</translation>
    </message>
    <message>
        <source>First recommendation overdue since %1</source>
        <translation>首次推荐已超期（应于 %1 前）</translation>
    </message>
    <message>
        <source>First recommendation due by %1</source>
        <translation>应于 %1 前首次推荐</translation>
    </message>
    <message>
        <source>%1-month retention check</source>
        <translation>%1 个月稳岗回访</translation>
    </message>
    <message>
        <source>Looking for work; last contact %1</source>
        <translation>求职中，最近联系 %1</translation>
    </message>
    <message>
        <source>Looking for work; never contacted since registering on %1</source>
        <translation>求职中，%1 登记后从未联系</translation>
    </message>
    <message>
        <source>Wage arrears (amount not recorded), %1 people affected</source>
        <translation>欠薪（金额未登记），涉及 %1 人</translation>
    </message>
    <message>
        <source>Wage arrears: %1 yuan, %2 people affected</source>
        <translation>欠薪 %1 元，涉及 %2 人</translation>
    </message>
    <message>
        <source>Attrition (staff reduction)</source>
        <translation>减员</translation>
    </message>
    <message>
        <source>Labour-relations risk</source>
        <translation>劳动关系隐患</translation>
    </message>
    <message>
        <source>%1 open posts; never visited</source>
        <translation>%1 个在招岗位，从未走访</translation>
    </message>
    <message>
        <source>%1 open posts; last visit %2</source>
        <translation>%1 个在招岗位，最近走访 %2</translation>
    </message>
    <message>
        <source>Hiring gap grew from %1 (%2) to %3 (%4)</source>
        <translation>用工缺口由 %1（%2）增至 %3（%4）</translation>
    </message>
    <message>
        <source>One-week promise due or overdue</source>
        <translation>一周承诺到期或超期</translation>
    </message>
    <message>
        <source>Retention checks due</source>
        <translation>稳岗回访到期</translation>
    </message>
    <message>
        <source>Referrals stale at their stage</source>
        <translation>推荐停滞</translation>
    </message>
    <message>
        <source>Workers not contacted</source>
        <translation>求职人员久未联系</translation>
    </message>
    <message>
        <source>Enterprises with open posts not visited</source>
        <translation>有在招岗位的企业久未走访</translation>
    </message>
    <message>
        <source>Open enterprise flags</source>
        <translation>企业监测预警（未解除）</translation>
    </message>
    <message>
        <source>Hiring gap growing</source>
        <translation>用工缺口扩大</translation>
    </message>
    <message>
        <source>Unknown warning section</source>
        <translation>未知的预警类别</translation>
    </message>
</context>
</TS>
