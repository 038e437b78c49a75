<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditScreenshots</name>
    <message>
        <source>Cannot create a scratch folder for the audit log screenshot.</source>
        <translation>无法为操作日志截图创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the scratch copy %1</source>
        <translation>无法打开临时副本 %1</translation>
    </message>
    <message>
        <source>this person&apos;s ID number</source>
        <translation>此人的身份证号</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>No file name was given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>The chart could not be drawn.</source>
        <translation>无法绘制图表。</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the folder exists and can be written to.</source>
        <translation>无法写入 %1。请检查文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为PNG…</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>将图表保存为PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>JobBridge: the employment assistance ledger of a trade-union federation.</source>
        <translation>JobBridge：工会就业帮扶台账。</translation>
    </message>
    <message>
        <source>Open FILE instead of the last file.</source>
        <translation>打开&lt;文件&gt;，而不是上次打开的文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en (default: the system language).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统语言）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Save every page as DIR/&lt;page&gt;.png at 1366×768, then exit.</source>
        <translation>以 1366×768 的大小把每个页面截图保存为 &lt;文件夹&gt;/&lt;页面&gt;.png，然后退出。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DuplicateScreenshots</name>
    <message>
        <source>Cannot create a scratch folder for the merge screenshot.</source>
        <translation>无法为合并截图创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the scratch copy %1</source>
        <translation>无法打开临时副本 %1</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <source> (retired)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>FileSafetyScreenshots</name>
    <message>
        <source>Cannot create a scratch folder for the file-safety screenshots.</source>
        <translation>无法为文件安全截图创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot damage the scratch copy %1</source>
        <translation>无法损坏临时副本 %1</translation>
    </message>
</context>
<context>
    <name>ImportScreenshots</name>
    <message>
        <source>Cannot create a scratch folder for the import screenshots.</source>
        <translation>无法为导入截图创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the sample list %1</source>
        <translation>无法写入示例清单 %1</translation>
    </message>
    <message>
        <source>Cannot open the scratch copy %1</source>
        <translation>无法打开临时副本 %1</translation>
    </message>
    <message>
        <source>The import wizard did not open.</source>
        <translation>导入向导没有打开。</translation>
    </message>
    <message>
        <source>The sample list could not be opened.</source>
        <translation>无法打开示例清单。</translation>
    </message>
    <message>
        <source>The check of the sample list did not finish: %1</source>
        <translation>示例清单的检查没有完成：%1</translation>
    </message>
    <message>
        <source>The import of the sample list did not finish: %1</source>
        <translation>示例清单的导入没有完成：%1</translation>
    </message>
</context>
<context>
    <name>ListExportControls</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Unmasked</source>
        <translation>不遮蔽(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Localisation</name>
    <message>
        <source>The Chinese translation of the interface is missing from this build.</source>
        <translation>缺少中文界面翻译文件。</translation>
    </message>
</context>
<context>
    <name>PlacementStyle</name>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Partial match</source>
        <translation>部分匹配</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>on the due day</source>
        <translation>到期当天</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <source>%1 days early</source>
        <translation>提前 %1 天</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>剩 1 天</translation>
    </message>
    <message>
        <source>1 day early</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
</context>
<context>
    <name>ProjectStages</name>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Selected high-quality project</source>
        <translation>入选优质项目</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>已扶持</translation>
    </message>
    <message>
        <source>Unknown stage</source>
        <translation>未知阶段</translation>
    </message>
</context>
<context>
    <name>PromiseListModel</name>
    <message>
        <source>%1 (weekdays only)</source>
        <translation>%1（仅按周一至周五）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Past the last year of the holiday calendar: counted on weekdays only. Add the next year&apos;s holidays in the settings.</source>
        <translation>超出节假日日历的最后一年：仅按周一至周五计算。请在设置中添加下一年的节假日。</translation>
    </message>
    <message>
        <source>The offers reach the settings&apos; numbers</source>
        <translation>推荐次数已达到设置要求</translation>
    </message>
    <message>
        <source>Fewer offers than the settings ask</source>
        <translation>推荐次数少于设置要求</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Clock started</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
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
        <source>Declined</source>
        <translation>婉拒次数</translation>
    </message>
</context>
<context>
    <name>ScreenshotRenderer</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>无法写入截图 %1</translation>
    </message>
</context>
<context>
    <name>jb::ui::AddPhaseDialog</name>
    <message>
        <source>New phase</source>
        <translation>新建阶段</translation>
    </message>
    <message>
        <source>A phase is a stretch of the year with its own targets, such as the concentrated action from the plan&apos;s issue to early April.</source>
        <translation>阶段是年度中单独下达目标的一段时间，例如从方案印发到4月上旬的集中行动阶段。</translation>
    </message>
    <message>
        <source>Short name (used on the command line):</source>
        <translation>简称（命令行中使用）：</translation>
    </message>
    <message>
        <source>%1 concentrated-action phase</source>
        <translation>%1年集中行动阶段</translation>
    </message>
    <message>
        <source>Name shown in lists and reports:</source>
        <translation>列表和报表中显示的名称：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Add &amp;phase</source>
        <translation>新建阶段(&amp;P)</translation>
    </message>
</context>
<context>
    <name>jb::ui::AuditFilterBar</name>
    <message>
        <source>Record: a name, or words of the note</source>
        <translation>记录：姓名、企业名称或备注中的字词</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>jb::ui::AuditPage</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>The rows shown, as shown: ID numbers and phones masked</source>
        <translation>导出当前显示的记录，身份证号和电话保持遮蔽</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an entry to see it whole.</source>
        <translation>选择一条记录查看详情。</translation>
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
        <source>Entry</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries</source>
        <translation>
            <numerusform>已导出 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>audit-log-%1</source>
        <translation>操作日志-%1</translation>
    </message>
</context>
<context>
    <name>jb::ui::AuditTableModel</name>
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
</context>
<context>
    <name>jb::ui::BulletChart</name>
    <message>
        <source>actual %1 %2</source>
        <translation>实际 %1 %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>due by now %1</source>
        <translation>应完成 %1</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>On pace</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Slightly behind pace</source>
        <translation>略落后于进度</translation>
    </message>
    <message>
        <source>Behind pace</source>
        <translation>落后于进度</translation>
    </message>
    <message>
        <source>No target set for this period</source>
        <translation>本统计期未设目标</translation>
    </message>
    <message>
        <source>Sub-units&apos; targets add up to %1</source>
        <translation>下级单位目标合计 %1</translation>
    </message>
    <message>
        <source>Click to chart this metric below; click the bar to list its records.</source>
        <translation>单击在下方图表中查看此指标；单击条形查看明细记录。</translation>
    </message>
    <message>
        <source>List the records…</source>
        <translation>查看明细记录…</translation>
    </message>
</context>
<context>
    <name>jb::ui::CriteriaTable</name>
    <message>
        <source>Criterion</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>人员情况</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位要求</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Total: %1 of 100</source>
        <translation>合计：%1 分（满分 100）</translation>
    </message>
</context>
<context>
    <name>jb::ui::CumulativeChartView</name>
    <message>
        <source>Cumulative: %1</source>
        <translation>累计进度：%1</translation>
    </message>
    <message>
        <source>Actual, cumulative</source>
        <translation>实际累计</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Pace to the target</source>
        <translation>应完成进度</translation>
    </message>
</context>
<context>
    <name>jb::ui::DamagedFileDialog</name>
    <message>
        <source>The file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file is damaged and was not opened.&lt;/b&gt; Nothing was written to it.</source>
        <translation>&lt;b&gt;此文件已损坏，未打开。&lt;/b&gt;没有向它写入任何内容。</translation>
    </message>
    <message>
        <source>The newest good backup was taken %1:
%2
Restoring it puts it in place of the damaged file; the damaged file is kept beside it for the record.</source>
        <translation>最新的完好备份备份于 %1：
%2
恢复后它将取代损坏的文件；损坏的文件会保留在旁边，以备查考。</translation>
    </message>
    <message>
        <source>No good backup of this file was found in %1.</source>
        <translation>在 %1 中没有找到此文件的完好备份。</translation>
    </message>
    <message>
        <source>&amp;Restore This Backup</source>
        <translation>恢复此备份(&amp;R)</translation>
    </message>
</context>
<context>
    <name>jb::ui::DashboardPage</name>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>劳动者</translation>
    </message>
    <message>
        <source>Job fairs</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐就业</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Home organisation not set</source>
        <translation>未设置本级组织</translation>
    </message>
    <message>
        <source>Home organisation: %1 (division code %2)</source>
        <translation>本级组织：%1（行政区划代码 %2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Records in this file:</source>
        <translation>本文件记录数：</translation>
    </message>
    <message>
        <source>Bar: actual (green on pace, amber slightly behind, red behind); black line: target; purple line: due by today. Click a bar to list its records.</source>
        <translation>条形为实际完成（绿：进度正常，黄：略落后，红：落后）；黑线为目标；紫线为截至今日应完成。单击条形查看明细记录。</translation>
    </message>
    <message>
        <source>There is no organisation or period to show.</source>
        <translation>没有可显示的组织或统计期。</translation>
    </message>
    <message>
        <source>The progress figures cannot be read: %1</source>
        <translation>无法读取进度数据：%1</translation>
    </message>
</context>
<context>
    <name>jb::ui::DemandSnapshotDialog</name>
    <message>
        <source>Correct a visit</source>
        <translation>更正走访记录</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <source>Hired is more than the plan: check both numbers.</source>
        <translation>已招人数超过用工计划，请核对两个数字。</translation>
    </message>
</context>
<context>
    <name>jb::ui::DrillDownDialog</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <source>; they add up to %1 %2</source>
        <translation>；合计 %1 %2</translation>
    </message>
    <message>
        <source> (more rows are read as you scroll down)</source>
        <translation>（向下滚动时继续读取）</translation>
    </message>
    <message>
        <source>The records cannot be listed: %1</source>
        <translation>无法列出记录：%1</translation>
    </message>
    <message>
        <source>Export full ID numbers (recorded in the audit log)</source>
        <translation>导出完整身份证号（记入审计日志）</translation>
    </message>
    <message>
        <source>Export unmasked?</source>
        <translation>导出不遮蔽的号码？</translation>
    </message>
    <message>
        <source>The exported file will contain full ID numbers. The export is recorded in the audit log with your name. Keep the file safe and delete it when no longer needed.</source>
        <translation>导出的文件将包含完整的身份证号。本次导出将以您的名义记入审计日志。请妥善保管文件，不再需要时及时删除。</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>No list to export.</source>
        <translation>没有可导出的清单。</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行：%2</translation>
    </message>
    <message>
        <source>Export the records</source>
        <translation>导出记录清单</translation>
    </message>
</context>
<context>
    <name>jb::ui::DuplicateTableModel</name>
    <message>
        <source>Shared value</source>
        <translation>共同值</translation>
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
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
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
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>jb::ui::DuplicatesPage</name>
    <message>
        <source>Workers</source>
        <translation>劳动者</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Merge two records of the selected group</source>
        <translation>合并所选分组中的两条记录</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <source>No possible duplicates by this rule.</source>
        <translation>按此规则没有疑似重复记录。</translation>
    </message>
    <message>
        <source>Groups: %1, records: %2. Select a row and choose Merge… to combine two records of its group; ID numbers and phones are masked.</source>
        <translation>共 %1 组、%2 条记录。选中一行后点“合并…”可合并该组中的两条记录；身份证号和手机号已脱敏。</translation>
    </message>
    <message>
        <source>Merged into record #%1; recorded in the audit log.</source>
        <translation>已并入记录 #%1，并记入操作日志。</translation>
    </message>
    <message>
        <source>Find &amp;again</source>
        <translation>重新查找(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>jb::ui::EnterpriseDetailPanel</name>
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
        <source>Choose an enterprise in the list to see its vacancies, visits and flags.</source>
        <translation>在列表中选择一家企业，查看其岗位、走访记录和监测预警。</translation>
    </message>
    <message>
        <source>Shows the full phone number; this is recorded in the audit log</source>
        <translation>显示完整电话号码；此操作将记入审计日志</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>County / town</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Key enterprise / major project</source>
        <translation>重点企业 / 重大项目</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Latest plan / hired / gap</source>
        <translation>最近用工计划 / 已招 / 缺工</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added / updated</source>
        <translation>登记 / 更新日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>月薪</translation>
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
        <source>Marks the chosen vacancy closed as of today</source>
        <translation>将选中的岗位标记为今天关闭</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>用工计划</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>已招</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺工</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>用工需求</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>预警类型</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>标记日期</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Marks the chosen flag resolved as of today</source>
        <translation>将选中的预警标记为今天解除</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>监测预警</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>劳动者</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐就业</translation>
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
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No visit recorded yet</source>
        <translation>尚无走访记录</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 (%4)</source>
        <translation>%1 / %2 / %3（%4）</translation>
    </message>
    <message>
        <source>Vacancies (%1 open)</source>
        <translation>岗位（%1在招）</translation>
    </message>
    <message>
        <source>Flags (%1 open)</source>
        <translation>预警（%1未解除）</translation>
    </message>
    <message>
        <source>Referrals (%1)</source>
        <translation>推荐（%1）</translation>
    </message>
    <message>
        <source>Edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>Add vacancy</source>
        <translation>新增岗位</translation>
    </message>
    <message>
        <source>Edit vacancy</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Close vacancy</source>
        <translation>关闭岗位</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>记录走访</translation>
    </message>
    <message>
        <source>Correct a visit</source>
        <translation>更正走访记录</translation>
    </message>
    <message>
        <source>Add a flag</source>
        <translation>添加预警</translation>
    </message>
    <message>
        <source>Edit a flag</source>
        <translation>编辑预警</translation>
    </message>
    <message>
        <source>Resolve a flag</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <source>Opens the chosen closed or filled vacancy again and clears its closing date</source>
        <translation>重新开放所选的已关闭或已招满岗位，并清除其关闭日期</translation>
    </message>
    <message>
        <source>Reopen vacancy</source>
        <translation>重新开放岗位</translation>
    </message>
    <message>
        <source>the enterprise&apos;s contact phone</source>
        <translation>企业的联系电话</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;dit enterprise…</source>
        <translation>编辑企业信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭岗位(&amp;L)</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>重新开放(&amp;P)</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>记录走访(&amp;V)…</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>更正(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a fla&amp;g…</source>
        <translation>添加预警(&amp;G)…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>编辑(&amp;T)…</translation>
    </message>
    <message>
        <source>Res&amp;olve</source>
        <translation>解除(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;fer a person…</source>
        <translation>推荐人员(&amp;F)…</translation>
    </message>
    <message>
        <source>Chooses a person for the chosen open vacancy and records the referral (undoable)</source>
        <translation>为所选的在招岗位选择人员并记录推荐（可撤销）</translation>
    </message>
    <message>
        <source>Double-click a referral to open it on the Referrals page</source>
        <translation>双击一条推荐，在“推荐就业”页打开</translation>
    </message>
</context>
<context>
    <name>jb::ui::EnterpriseEditDialog</name>
    <message>
        <source>Edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>Add enterprise to the demand list</source>
        <translation>新增企业到需求清单</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>带 * 的为必填项。</translation>
    </message>
    <message>
        <source>edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>add enterprise</source>
        <translation>新增企业</translation>
    </message>
</context>
<context>
    <name>jb::ui::EnterpriseFilterBar</name>
    <message>
        <source>Search: enterprise name or credit code</source>
        <translation>搜索：企业名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>All sub-units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Key or not</source>
        <translation>是否重点</translation>
    </message>
    <message>
        <source>Key enterprises</source>
        <translation>重点企业</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>重大项目</translation>
    </message>
    <message>
        <source>Flagged or not</source>
        <translation>是否预警</translation>
    </message>
    <message>
        <source>Any open flag</source>
        <translation>有未解除预警</translation>
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
        <source>&amp;With open vacancies</source>
        <translation>有在招岗位(&amp;W)</translation>
    </message>
</context>
<context>
    <name>jb::ui::EnterpriseTableModel</name>
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
        <source>Key enterprise</source>
        <translation>重点企业</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation>重大项目</translation>
    </message>
    <message>
        <source>From the latest visit or call</source>
        <translation>取自最近一次走访或电话</translation>
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
        <source>County / town</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
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
        <source>Hired</source>
        <translation>已招人数</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺工人数</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>监测预警</translation>
    </message>
</context>
<context>
    <name>jb::ui::EnterprisesPage</name>
    <message>
        <source>Enterprises</source>
        <translation>企业清单</translation>
    </message>
    <message>
        <source>Their vacancies</source>
        <translation>这些企业的岗位</translation>
    </message>
    <message>
        <source>Shown in full; recorded in the audit log.</source>
        <translation>已显示完整内容，并记入审计日志。</translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation>共 %1 家企业</translation>
    </message>
    <message>
        <source>Export unmasked?</source>
        <translation>导出未遮蔽的数据？</translation>
    </message>
    <message>
        <source>The exported file will contain full contact phone numbers. The export is recorded in the audit log with your name. Keep the file safe and delete it when no longer needed.</source>
        <translation>导出的文件将包含完整的联系电话。本次导出将以您的名义记入审计日志。请妥善保管文件，不再需要时及时删除。</translation>
    </message>
    <message>
        <source>No list to export.</source>
        <translation>没有可导出的清单。</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行到 %2</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>企业清单</translation>
    </message>
    <message>
        <source>vacancies</source>
        <translation>岗位清单</translation>
    </message>
    <message>
        <source>Export the enterprise list</source>
        <translation>导出企业清单</translation>
    </message>
    <message>
        <source>Export their vacancies</source>
        <translation>导出这些企业的岗位</translation>
    </message>
    <message>
        <source>Add enterprise</source>
        <translation>新增企业</translation>
    </message>
    <message>
        <source>full contact phone numbers in an exported list</source>
        <translation>导出名单中的完整联系电话</translation>
    </message>
    <message>
        <source>&amp;New enterprise…</source>
        <translation>新增企业(&amp;N)…</translation>
    </message>
    <message>
        <source>Export f&amp;ull contact phone numbers (recorded in the audit log)</source>
        <translation>导出完整联系电话（记入审计日志）(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>导出 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Export E&amp;xcel</source>
        <translation>导出 Excel(&amp;X)</translation>
    </message>
</context>
<context>
    <name>jb::ui::ExportPackageDialog</name>
    <message>
        <source>Export package for the organisation above</source>
        <translation>导出上报包</translation>
    </message>
    <message>
        <source>The package holds this file&apos;s figures for the period, by sub-unit and key group, with the year to date and any phase overlapping it, and the fairs held. Send it to the organisation above; its file imports it.</source>
        <translation>上报包包含本文件该统计期的各项数字（按下级单位和重点群体分列），并附年初至今及与之重叠的阶段的数字和举办的招聘会。请把它发送给上级单位，由上级的台账文件导入。</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <source>Figures as of:</source>
        <translation>数字截至：</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>上报包另存为</translation>
    </message>
    <message>
        <source>JobBridge packages (*.jbpkg);;All files (*)</source>
        <translation>JobBridge 上报包 (*.jbpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exported %1 (%2, as of %3) to %4.</source>
        <translation>已导出%1（%2，截至 %3）到 %4。</translation>
    </message>
    <message>
        <source>Add anonymised &amp;referrals and services (no names, ID numbers or phones)</source>
        <translation>附匿名的推荐和服务记录（不含姓名、证件号码和电话）(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairActions</name>
    <message>
        <source>Add job fair</source>
        <translation>新增招聘会</translation>
    </message>
    <message>
        <source>Edit job fair</source>
        <translation>编辑招聘会</translation>
    </message>
    <message>
        <source>Mark job fair %1</source>
        <translation>招聘会标记为%1</translation>
    </message>
    <message>
        <source>Add an enterprise to the fair</source>
        <translation>添加参会企业</translation>
    </message>
    <message>
        <source>Search: enterprise name or credit code</source>
        <translation>搜索：企业名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>Add enterprise to job fair</source>
        <translation>添加参会企业</translation>
    </message>
    <message>
        <source>Add a post to the fair</source>
        <translation>添加招聘会岗位</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 wanted)</source>
        <translation>%1 — %2（需求%3人）</translation>
    </message>
    <message>
        <source>A public-welfare post</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>Add post to job fair</source>
        <translation>添加招聘会岗位</translation>
    </message>
    <message>
        <source>Add a person to the fair</source>
        <translation>添加到场求职人员</translation>
    </message>
    <message>
        <source>Search: name, or the last digits of the ID number or phone</source>
        <translation>搜索：姓名，或身份证号、电话的末几位</translation>
    </message>
    <message>
        <source>Add person to job fair</source>
        <translation>添加到场求职人员</translation>
    </message>
    <message>
        <source>Record contract at job fair</source>
        <translation>登记招聘会签约</translation>
    </message>
    <message>
        <source>Record intention at job fair</source>
        <translation>登记招聘会达成意向</translation>
    </message>
    <message>
        <source>New enterprise at %1</source>
        <translation>在“%1”新建企业</translation>
    </message>
    <message>
        <source>New post at %1</source>
        <translation>在“%1”新建岗位</translation>
    </message>
    <message>
        <source>New person registered at %1</source>
        <translation>在“%1”现场登记新人员</translation>
    </message>
    <message>
        <source>New post %1 at job fair</source>
        <translation>招聘会新建岗位 %1</translation>
    </message>
    <message>
        <source>New person %1 at job fair</source>
        <translation>招聘会现场登记 %1</translation>
    </message>
    <message>
        <source>New enterprise %1 at job fair</source>
        <translation>招聘会新建企业 %1</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairDetailPanel</name>
    <message>
        <source>Choose a fair in the list to see its details.</source>
        <translation>在列表中选择一场招聘会以查看详情。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Enterprises and posts</source>
        <translation>参会企业与岗位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>求职人员</translation>
    </message>
    <message>
        <source>Intentions and contracts</source>
        <translation>意向与签约</translation>
    </message>
    <message>
        <source>No fair chosen</source>
        <translation>未选择招聘会</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>举办日期</translation>
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
        <source>Key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>举办单位报送</translation>
    </message>
    <message>
        <source>The metrics count a fair once it is held, dated by its first day, and count only the people, intentions and contracts on record; the organiser&apos;s reported figures are shown beside them and never added.</source>
        <translation>统计口径：招聘会举办后按首日计入；人员、达成意向和签约只计台账中有名有姓的记录；举办单位报送的数字仅作对照，不计入统计。</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
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
        <source>Intentions</source>
        <translation>达成意向</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Public-welfare</source>
        <translation>公益性岗位</translation>
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
        <source>Registered here</source>
        <translation>本场登记</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>求职人员</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>意向日期</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Intentions and contracts are recorded once the fair is held</source>
        <translation>招聘会举办后才能登记意向和签约</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>参会企业</translation>
    </message>
    <message>
        <source>Public-welfare posts</source>
        <translation>公益性岗位</translation>
    </message>
    <message>
        <source>Job seekers registered</source>
        <translation>登记求职人数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入场人次</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>发放资料</translation>
    </message>
    <message>
        <source>Demand ratio</source>
        <translation>求人倍率</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>An enterprise not on the list yet: it is added to the list and joins the fair</source>
        <translation>尚未在企业名单中的企业：加入企业名单并作为参会企业</translation>
    </message>
    <message>
        <source>A post not on the demand list yet, of the enterprise chosen above: it joins the demand list with the fair as its source</source>
        <translation>上方所选企业尚未在用工需求清单中的岗位：加入用工需求清单，来源为本场招聘会</translation>
    </message>
    <message>
        <source>A person not on the worker list yet: added with the fair as source and its first day as registration date</source>
        <translation>尚未在劳动者名单中的人员：加入名单，来源为本场招聘会，登记日期为招聘会首日</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Mark held</source>
        <translation>标记为已举办(&amp;M)</translation>
    </message>
    <message>
        <source>Mark c&amp;losed</source>
        <translation>标记为已结束(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add enterprise…</source>
        <translation>添加参会企业(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;post…</source>
        <translation>添加岗位(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;enterprise…</source>
        <translation>新建企业(&amp;E)…</translation>
    </message>
    <message>
        <source>New p&amp;ost…</source>
        <translation>新建岗位(&amp;O)…</translation>
    </message>
    <message>
        <source>Add pe&amp;rson…</source>
        <translation>添加求职人员(&amp;R)…</translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation>现场登记新人员(&amp;W)…</translation>
    </message>
    <message>
        <source>Record intention or con&amp;tract…</source>
        <translation>登记意向或签约(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairEditDialog</name>
    <message>
        <source>Edit job fair</source>
        <translation>编辑招聘会</translation>
    </message>
    <message>
        <source>New job fair</source>
        <translation>新增招聘会</translation>
    </message>
    <message>
        <source>Fields marked * are required. The reported figures are kept as the organiser reports them; the list counts enterprises, posts and people from the fair&apos;s tabs.</source>
        <translation>带 * 的为必填项。报送数字按举办单位报送的原样保存；列表中的参会企业、岗位和人员按招聘会各标签页中的记录统计。</translation>
    </message>
    <message>
        <source>Enter a day as YYYY-MM-DD</source>
        <translation>请按 YYYY-MM-DD 填写日期</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairFilterBar</name>
    <message>
        <source>Search: fair name</source>
        <translation>搜索：招聘会名称</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>All organisers</source>
        <translation>全部举办单位</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>全部形式</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairMinimumsPanel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Fairs held</source>
        <translation>已举办场次</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低场次</translation>
    </message>
    <message>
        <source>Done %</source>
        <translation>完成率 %</translation>
    </message>
    <message>
        <source>Minimums are the job fair targets set for each organisation; a city or province file counts its children&apos;s fairs from the packages they sent.</source>
        <translation>最低场次即为各单位设定的“举办招聘会”目标；市级、省级文件中下级单位的场次取自其上报的数据包。</translation>
    </message>
    <message>
        <source>Fairs held against each organiser&apos;s minimum, %1</source>
        <translation>各单位举办招聘会场次对照最低场次（%1）</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1（合计）</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairOutcomeDialog</name>
    <message>
        <source>Record an intention or contract</source>
        <translation>登记达成意向或签约</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>求职人员</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choose among the people and posts recorded at the fair; add them first in their tabs. The intention is a referral with the fair as its source and moves on through the pipeline like any other.</source>
        <translation>从本场招聘会已登记的求职人员和岗位中选择；如未登记，请先在相应标签页添加。达成的意向记为来源于本场招聘会的推荐，此后与其他推荐一样继续跟进。</translation>
    </message>
    <message>
        <source>Contract &amp;signed on site</source>
        <translation>现场签约(&amp;S)</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairPicker</name>
    <message>
        <source>The first %1 matches are shown; type more of the name to narrow them.</source>
        <translation>只显示前 %1 条结果；输入更多名称可缩小范围。</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairTableModel</name>
    <message>
        <source>Headcount wanted ÷ job seekers registered at the fair</source>
        <translation>用工需求 ÷ 本场登记求职人数</translation>
    </message>
    <message>
        <source>As the organiser reports them</source>
        <translation>按举办单位报送</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>举办单位</translation>
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
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Visits</source>
        <translation>入场人次</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记求职人数</translation>
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
        <source>Demand ratio</source>
        <translation>求人倍率</translation>
    </message>
</context>
<context>
    <name>jb::ui::FairsPage</name>
    <message>
        <source>%1 job fairs</source>
        <translation>共 %1 场招聘会</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Upcoming: no planned fairs.</source>
        <translation>近期：暂无计划中的招聘会。</translation>
    </message>
    <message>
        <source>Upcoming: %1</source>
        <translation>近期：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&amp;New job fair…</source>
        <translation>新增招聘会(&amp;N)…</translation>
    </message>
    <message>
        <source>Export the job fairs</source>
        <translation>导出招聘会名单</translation>
    </message>
    <message>
        <source>job-fairs</source>
        <translation>招聘会名单</translation>
    </message>
</context>
<context>
    <name>jb::ui::FlagDialog</name>
    <message>
        <source>Edit a monitoring flag</source>
        <translation>编辑监测预警</translation>
    </message>
    <message>
        <source>Add a monitoring flag</source>
        <translation>添加监测预警</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>预警类型</translation>
    </message>
    <message>
        <source>Flagged on</source>
        <translation>标记日期</translation>
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
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>解除日期(&amp;R)</translation>
    </message>
</context>
<context>
    <name>jb::ui::FollowUpsView</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Contract started</source>
        <translation>合同起始</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应回访日</translation>
    </message>
    <message>
        <source>Days since due</source>
        <translation>已过天数</translation>
    </message>
    <message>
        <source>Not reached before</source>
        <translation>此前未联系上</translation>
    </message>
    <message>
        <source>&amp;Record the check…</source>
        <translation>记录回访(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open the referral</source>
        <translation>打开推荐(&amp;O)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Days without a change</source>
        <translation>未推进天数</translation>
    </message>
    <message>
        <source>O&amp;pen this referral</source>
        <translation>打开该推荐(&amp;P)</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>Retention checks due: %1</source>
        <translation>到期回访：%1</translation>
    </message>
    <message>
        <source>Referrals without a change for too long (stale): %1</source>
        <translation>长期未推进的推荐：%1</translation>
    </message>
    <message>
        <source>Record the %1-month check of %2</source>
        <translation>记录 %2 的 %1 个月回访</translation>
    </message>
</context>
<context>
    <name>jb::ui::FunnelChartView</name>
    <message>
        <source>Referral funnel</source>
        <translation>推荐就业漏斗</translation>
    </message>
    <message>
        <source>Referrals: %1</source>
        <translation>推荐就业：%1</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>No referrals were recorded in this period.</source>
        <translation>本统计期没有推荐就业记录。</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐就业</translation>
    </message>
</context>
<context>
    <name>jb::ui::HandledDialog</name>
    <message>
        <source>Mark warning handled</source>
        <translation>标记预警已处理</translation>
    </message>
    <message>
        <source>The warning leaves the list until its condition returns. Your name and the reason are recorded; Edit ▸ Undo takes the mark back.</source>
        <translation>这条预警将从列表中移除，情况再次出现时会重新列出。将记录您的姓名和处理说明；可用“编辑 ▸ 撤销”取消标记。</translation>
    </message>
    <message>
        <source>&amp;Why is it handled?</source>
        <translation>处理情况(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. called the person; visit arranged for next week</source>
        <translation>例如：已电话联系本人，约定下周走访</translation>
    </message>
    <message>
        <source>Called the owner; the wages are paid on Friday</source>
        <translation>已电话联系企业负责人，周五补发工资</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportBatchModel</name>
    <message>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>%1
Encoding: %2
SHA-256: %3</source>
        <translation>%1
编码：%2
SHA-256：%3</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>劳动者</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>企业岗位</translation>
    </message>
    <message>
        <source>Job fair sheet</source>
        <translation>招聘会登记表</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportCheckPage</name>
    <message>
        <source>Check every row</source>
        <translation>逐行检查</translation>
    </message>
    <message>
        <source>Every row of the file is checked as it would be imported. Nothing has been written to the file yet.</source>
        <translation>按导入时的规则逐行检查文件中的每一行。此时尚未向文件写入任何内容。</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>无法开始检查：%1</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>正在逐行检查文件……</translation>
    </message>
    <message>
        <source>Checking every row of the file… %1 of %2 read.</source>
        <translation>正在逐行检查文件……已读取 %1 / %2。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查该文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported. Nothing has been written yet: press Import to import them.</source>
        <translation>
            <numerusform>可以导入 %n 行。目前尚未写入任何内容：点击“导入”开始导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>No row would add or change anything, so there is nothing to import. Check the issues below, or go back and change the matching of the columns.</source>
        <translation>没有任何一行会新增或更改记录，因此无需导入。请查看下方的问题，或返回修改列的对应关系。</translation>
    </message>
    <message>
        <source>Rows that name no &amp;unit go to:</source>
        <translation>未写明所属单位的行归入(&amp;U)：</translation>
    </message>
    <message>
        <source>A person whose current place or household registration place names a town or park of the file is filed there; the other rows that name no unit are filed here.</source>
        <translation>现居住地或户籍地写明本文件中某个乡镇或园区的人员归入该乡镇或园区；其余未写明所属单位的行归入此处所选单位。</translation>
    </message>
    <message>
        <source>%1 (the file&apos;s own organisation)</source>
        <translation>%1（本文件所属单位）</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportCommand</name>
    <message>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportCountsView</name>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Would be added</source>
        <translation>将新增</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Would be updated</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入行数</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Empty rows skipped</source>
        <translation>跳过的空行</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportFilePage</name>
    <message>
        <source>Choose the file and the list</source>
        <translation>选择文件和清单类型</translation>
    </message>
    <message>
        <source>Lists saved from Excel as &quot;CSV (comma delimited)&quot; (GBK) or &quot;CSV UTF-8&quot; are both read; title rows above the header are recognised and skipped.</source>
        <translation>Excel 另存为“CSV（逗号分隔）”（GBK 编码）或“CSV UTF-8”的清单都可以读取；表头上方的标题行会被识别并跳过。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Which list is it?</source>
        <translation>这是哪一种清单？</translation>
    </message>
    <message>
        <source>Worker needs list: one person per row (name, resident ID, key groups, needs)</source>
        <translation>劳动者求职需求清单：每行一人（姓名、身份证号、人员类别、需求）</translation>
    </message>
    <message>
        <source>Enterprise demand list: one vacancy per row, each naming its enterprise (title, headcount, wage)</source>
        <translation>企业招工用工需求清单：每行一个岗位，并注明所属企业（岗位名称、招聘人数、月薪）</translation>
    </message>
    <message>
        <source>Nothing is written to the file until the last step, and every import can be undone afterwards on the Import page.</source>
        <translation>直到最后一步才会写入文件；每次导入之后都可以在“导入”页面撤销。</translation>
    </message>
    <message>
        <source>Choose a list to import</source>
        <translation>选择要导入的清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportIssuesView</name>
    <message>
        <source>Show issues:</source>
        <translation>显示问题：</translation>
    </message>
    <message>
        <source>No issues: every row can be imported as it is.</source>
        <translation>没有发现问题：每一行都可以原样导入。</translation>
    </message>
    <message>
        <source>All reasons (%1)</source>
        <translation>全部原因（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select a row to read the whole reason.</source>
        <translation>选中一行可查看完整原因。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Only the first %1 issues are listed; %2 more are in the error file.</source>
        <translation>这里只列出前 %1 个问题，另有 %2 个问题见错误文件。</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation>列与字段对应</translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen for it. Columns set to &quot;(not imported)&quot; are left out; required fields must each have a column.</source>
        <translation>文件中的每一列导入到为它选择的字段。设为“（不导入）”的列不会导入；每个必填字段都必须有对应的列。</translation>
    </message>
    <message>
        <source>Apply a saved &amp;profile:</source>
        <translation>套用已保存的方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Save as profile…</source>
        <translation>保存为方案(&amp;S)…</translation>
    </message>
    <message>
        <source>Saves this matching under a name; it is applied by itself whenever a file with the same header is imported again.</source>
        <translation>把当前的对应关系保存为一个命名方案；以后导入表头相同的文件时会自动套用。</translation>
    </message>
    <message>
        <source>Matched by the column headings, then changed by hand.</source>
        <translation>已按列标题自动对应，并经手工修改。</translation>
    </message>
    <message>
        <source>Matched by the column headings.</source>
        <translation>已按列标题自动对应。</translation>
    </message>
    <message>
        <source>Applied profile: %1 (then changed by hand)</source>
        <translation>已套用方案：%1（并经手工修改）</translation>
    </message>
    <message>
        <source>Applied profile: %1</source>
        <translation>已套用方案：%1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>There is no profile “%1” for this list.</source>
        <translation>这种清单没有名为“%1”的方案。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Row numbers: not imported</source>
        <translation>序号列：不导入</translation>
    </message>
    <message>
        <source>This column will not be imported</source>
        <translation>此列不会导入</translation>
    </message>
    <message>
        <source>Empty column</source>
        <translation>空列</translation>
    </message>
    <message>
        <source>Required fields without a column: %1. Choose a column for each before going on.</source>
        <translation>以下必填字段还没有对应的列：%1。请为每个字段选择一列后再继续。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>保存为方案</translation>
    </message>
    <message>
        <source>Name of the profile (for example the town or the sender of the list):</source>
        <translation>方案名称（例如乡镇名称或清单报送单位）：</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>请为方案输入名称。</translation>
    </message>
    <message>
        <source>Saved as profile “%1”. It is applied whenever a file with this header is imported.</source>
        <translation>已保存为方案“%1”。以后导入表头相同的文件时会自动套用。</translation>
    </message>
    <message>
        <source>%1 of %2 columns are imported.</source>
        <translation>共 %2 列，其中 %1 列会导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with a heading will not be imported (highlighted).</source>
        <translation>
            <numerusform>有 %n 列有标题但不会导入（已标出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row-number columns are skipped.</source>
        <translation>序号列不导入。</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportPackagesDialog</name>
    <message>
        <source>Import packages from the organisations below</source>
        <translation>导入下级上报包</translation>
    </message>
    <message>
        <source>Choose the packages your sub-units sent. A newer package for the same organisation and period replaces the older one; a package that is damaged, from another organisation or for a period this file lacks is refused and changes nothing.</source>
        <translation>请选择下级单位发来的上报包。同一单位、同一统计期的较新上报包会替换旧包；损坏的、来自其他单位的或本文件没有其统计期的上报包会被拒绝，不改动任何数据。</translation>
    </message>
    <message>
        <source>What each package changed is listed here.</source>
        <translation>每个上报包带来的变化会列在这里。</translation>
    </message>
    <message>
        <source>Choose packages</source>
        <translation>选择上报包</translation>
    </message>
    <message>
        <source>JobBridge packages (*.jbpkg *.json);;All files (*)</source>
        <translation>JobBridge 上报包 (*.jbpkg *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>  Refused: %1</source>
        <translation>  未导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个上报包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 个被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose &amp;packages…</source>
        <translation>选择上报包(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportPage</name>
    <message>
        <source>Imports the lists that arrive as Excel files saved as CSV (GBK or UTF-8): columns are matched to fields, ID numbers, credit codes, phone numbers and dates are checked row by row before anything is written, and a whole import can be undone.</source>
        <translation>导入以 CSV 格式（GBK 或 UTF-8）保存的 Excel 清单：各列与字段对应，写入之前逐行检查身份证号、统一社会信用代码、手机号码和日期，整次导入可以撤销。</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>导入清单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo the selected import</source>
        <translation>撤销所选导入(&amp;U)</translation>
    </message>
    <message>
        <source>Imports into this file</source>
        <translation>本文件的导入记录</translation>
    </message>
    <message>
        <source>No list has been imported into this file yet.</source>
        <translation>本文件还没有导入过清单。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import no. %1 was written to the file.</source>
        <translation>第 %1 次导入已写入文件。</translation>
    </message>
    <message>
        <source>Import no. %1 was undone.</source>
        <translation>第 %1 次导入已撤销。</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? The %3 records it added are removed and the %4 it updated get back their earlier values.</source>
        <translation>撤销“%1”（%2）的导入吗？这次导入新增的 %3 条记录将被删除，更新的 %4 条记录将恢复原来的内容。</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>核对文件的读取结果</translation>
    </message>
    <message>
        <source>These are the first rows as JobBridge reads them. If the Chinese text is garbled, choose the other encoding; if the columns run together, choose the delimiter.</source>
        <translation>下面是 JobBridge 读到的前几行。如果中文显示为乱码，请换一种编码；如果几列挤在一起，请选择分隔符。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK, Chinese Excel)</source>
        <translation>GB18030（GBK，中文版 Excel）</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>The file is not open.</source>
        <translation>文件没有打开。</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %2-separated. The header is on line %3; below are the first %n data row(s).</source>
        <translation>
            <numerusform>按 %1 编码、以%2分隔读取。表头在第 %3 行；下面是前 %n 行数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The records are in the file. The whole import can be undone here or later on the Import page.</source>
        <translation>记录已写入文件。可以在这里或稍后在“导入”页面撤销整次导入。</translation>
    </message>
    <message>
        <source>&amp;Save error file…</source>
        <translation>保存错误文件(&amp;S)…</translation>
    </message>
    <message>
        <source>The rows with issues, with their original columns and the reasons, as a CSV file that opens in Excel: correct them and import that file again.</source>
        <translation>把有问题的行连同原有各列和问题原因保存为可用 Excel 打开的 CSV 文件：改正后再导入该文件即可。</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>撤销本次导入(&amp;U)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <source>%1 was imported into the list “%2” (import no. %3).</source>
        <translation>“%1”已导入“%2”清单（第 %3 次导入）。</translation>
    </message>
    <message>
        <source>%1 errors.csv</source>
        <translation>%1 错误.csv</translation>
    </message>
    <message>
        <source>Save the error file as</source>
        <translation>错误文件另存为</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>There is no import to write an error file for.</source>
        <translation>没有可以生成错误文件的导入。</translation>
    </message>
    <message>
        <source>Error file saved as %1</source>
        <translation>错误文件已保存为 %1</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <source>Undo the import of %1? The %2 records it added are removed and the %3 it updated get back their earlier values.</source>
        <translation>撤销“%1”的导入吗？这次导入新增的 %2 条记录将被删除，更新的 %3 条记录将恢复原来的内容。</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <source>The import was undone: the file is as it was before.</source>
        <translation>导入已撤销：文件已恢复到导入之前的状态。</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All rows are written together: if the import is cancelled or fails, the file stays exactly as it was.</source>
        <translation>所有行一次性写入：如果导入被取消或失败，文件会保持原样。</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入“%1”……</translation>
    </message>
    <message>
        <source>Importing %1… %2 of %3 read.</source>
        <translation>正在导入“%1”……已读取 %2 / %3。</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written so far…</source>
        <translation>正在取消：撤回已写入的内容……</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written to the file.</source>
        <translation>导入已取消，文件未作任何改动。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written to the file:
%1</source>
        <translation>导入失败，文件未作任何改动：
%1</translation>
    </message>
</context>
<context>
    <name>jb::ui::ImportWizard</name>
    <message>
        <source>Import a list</source>
        <translation>导入清单</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>jb::ui::IssueTableModel</name>
    <message>
        <source>Row not imported</source>
        <translation>该行未导入</translation>
    </message>
    <message>
        <source>Imported, cell left empty</source>
        <translation>已导入，此项留空</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>缺少必填项</translation>
    </message>
    <message>
        <source>ID number invalid</source>
        <translation>身份证号无效</translation>
    </message>
    <message>
        <source>ID check digit wrong</source>
        <translation>身份证号校验位错误</translation>
    </message>
    <message>
        <source>ID number damaged by Excel</source>
        <translation>身份证号被 Excel 改坏</translation>
    </message>
    <message>
        <source>Phone number invalid</source>
        <translation>手机号码无效</translation>
    </message>
    <message>
        <source>Date not recognised</source>
        <translation>日期无法识别</translation>
    </message>
    <message>
        <source>Gender does not match the ID</source>
        <translation>性别与身份证号不符</translation>
    </message>
    <message>
        <source>Credit code check character wrong</source>
        <translation>信用代码校验位错误</translation>
    </message>
    <message>
        <source>Value not recognised</source>
        <translation>无法识别的值</translation>
    </message>
    <message>
        <source>Duplicate row in the file</source>
        <translation>文件中有重复行</translation>
    </message>
    <message>
        <source>Empty row</source>
        <translation>空行</translation>
    </message>
</context>
<context>
    <name>jb::ui::KeyGroupChartView</name>
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
        <source>By key group: %1</source>
        <translation>按重点群体：%1</translation>
    </message>
    <message>
        <source>This figure counts enterprises or jobs, not people: it has no key-group breakdown.</source>
        <translation>此指标统计的是企业或岗位而非人员，不按重点群体分列。</translation>
    </message>
    <message>
        <source>No key groups are defined in this file.</source>
        <translation>本文件未定义重点群体。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>By organiser level: %1</source>
        <translation>按组织层级：%1</translation>
    </message>
    <message>
        <source>No fairs were held in this period.</source>
        <translation>本统计期没有举办招聘会。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>jb::ui::ListExportButton</name>
    <message>
        <source>Export f&amp;ull ID numbers (recorded in the audit log)</source>
        <translation>导出完整身份证号（记入审计日志）(&amp;U)</translation>
    </message>
    <message>
        <source>Export unmasked?</source>
        <translation>导出完整号码？</translation>
    </message>
    <message>
        <source>The exported file will contain full ID numbers. The export is recorded in the audit log with the file name and the number of rows. Continue?</source>
        <translation>导出的文件将包含完整身份证号。本次导出将连同文件名和行数记入审计日志。是否继续？</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Write the list as filtered and sorted to a CSV or Excel file</source>
        <translation>按当前筛选和排序把清单写入 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>No list to export.</source>
        <translation>没有可导出的清单。</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行到 %2</translation>
    </message>
    <message>
        <source>full ID numbers in an exported list</source>
        <translation>导出清单中的完整身份证号</translation>
    </message>
</context>
<context>
    <name>jb::ui::MainWindow</name>
    <message>
        <source>JobBridge files (*.jobbridge);;All files (*)</source>
        <translation>JobBridge 文件 (*.jobbridge);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭文件(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About JobBridge</source>
        <translation>关于 JobBridge(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>副本已保存为 %1</translation>
    </message>
    <message>
        <source>Save the new file as</source>
        <translation>新文件保存为</translation>
    </message>
    <message>
        <source>Open a JobBridge file</source>
        <translation>打开 JobBridge 文件</translation>
    </message>
    <message>
        <source>%1 copy.jobbridge</source>
        <translation>%1 副本.jobbridge</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本保存为</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JobBridge %1&lt;/h3&gt;&lt;p&gt;Employment assistance ledger for trade-union federations: the enterprise demand list, the worker needs list, job fairs, referrals, services and targets, kept in one file on this computer.&lt;/p&gt;&lt;p&gt;Administrative division codes (GB/T 2260) come from the &lt;i&gt;yescallop/areacodes&lt;/i&gt; dataset, released into the public domain under CC0 1.0; its source is the code lists of the Ministry of Civil Affairs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JobBridge %1&lt;/h3&gt;&lt;p&gt;工会就业帮扶台账：企业招工用工需求清单、劳动者求职需求清单、招聘会、推荐就业、服务和目标任务，统一保存在本机的一个文件中。&lt;/p&gt;&lt;p&gt;行政区划代码（GB/T 2260）取自 &lt;i&gt;yescallop/areacodes&lt;/i&gt; 数据集，该数据集以 CC0 1.0 协议贡献至公有领域，数据来源为民政部公布的行政区划代码。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About JobBridge</source>
        <translation>关于 JobBridge</translation>
    </message>
    <message>
        <source>JobBridge</source>
        <translation>就业帮扶台账 — JobBridge</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2 — JobBridge</source>
        <translation>%1 — %2 — JobBridge</translation>
    </message>
    <message>
        <source>&amp;Export Package for Above…</source>
        <translation>导出上报包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Packages from Below…</source>
        <translation>导入下级上报包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — JobBridge</source>
        <translation>%1 — %2（只读）— JobBridge</translation>
    </message>
    <message>
        <source>Take over the file?</source>
        <translation>接管此文件？</translation>
    </message>
    <message>
        <source>The file was left open by %1, which is no longer running on this computer (perhaps after a crash). Open it for writing here?</source>
        <translation>此文件曾由 %1 打开，但该程序已不在这台电脑上运行（可能是崩溃后留下的）。要在这里以写入方式打开吗？</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?
The file as it is now is kept (backed up, or set aside when damaged).</source>
        <translation>用备份 %2 替换 %1 吗？
当前的文件会保留（先备份；如已损坏则移到一旁）。</translation>
    </message>
    <message>
        <source>Restored; the damaged file is kept as %1</source>
        <translation>已恢复；损坏的文件保留为 %1</translation>
    </message>
    <message>
        <source>Restored; the file it replaced was backed up to %1</source>
        <translation>已恢复；替换前的文件已备份到 %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is done</source>
        <translation>今天的备份已完成</translation>
    </message>
</context>
<context>
    <name>jb::ui::MatchView</name>
    <message>
        <source>Posts for a &amp;worker</source>
        <translation>为人员找岗位(&amp;W)</translation>
    </message>
    <message>
        <source>Workers for a &amp;post</source>
        <translation>为岗位找人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>查找(&amp;S)：</translation>
    </message>
    <message>
        <source>Only my &amp;county</source>
        <translation>只看本县(&amp;C)</translation>
    </message>
    <message>
        <source>Only &amp;hardship cases</source>
        <translation>只看困难人员(&amp;H)</translation>
    </message>
    <message>
        <source>Show the &amp;top</source>
        <translation>显示前(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>推荐(&amp;R)</translation>
    </message>
    <message>
        <source>Record a recommendation of this match (Enter or a double-click does the same)</source>
        <translation>为这一匹配记录推荐（回车或双击同样可以）</translation>
    </message>
    <message>
        <source>&amp;Open the worker</source>
        <translation>打开人员(&amp;O)</translation>
    </message>
    <message>
        <source>Add a trade s&amp;ynonym…</source>
        <translation>添加同义工种(&amp;Y)…</translation>
    </message>
    <message>
        <source>Search for a worker or a post above, then choose it to see the best matches.</source>
        <translation>在上方查找人员（姓名或身份证号后几位）或岗位（企业名称），选中后显示最匹配的结果。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 wanted)</source>
        <translation>%1 — %2（招 %3 人）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No open post matches %1 (posts already referred are left out).</source>
        <translation>没有与 %1 匹配的在招岗位（已推荐过的岗位不列出）。</translation>
    </message>
    <message>
        <source>this worker</source>
        <translation>该人员</translation>
    </message>
    <message>
        <source>No worker looking for work matches this post (people already referred to it are left out).</source>
        <translation>没有与该岗位匹配的求职人员（已推荐过的人员不列出）。</translation>
    </message>
    <message>
        <source>The best open posts for %1:</source>
        <translation>最适合 %1 的在招岗位：</translation>
    </message>
    <message>
        <source>The best workers looking for work for %1:</source>
        <translation>最适合 %1 的求职人员：</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Refer %1 to %2 (%3)</source>
        <translation>推荐 %1 到 %2（%3）</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>已推荐：%1</translation>
    </message>
    <message>
        <source>Add trade synonym %1 = %2</source>
        <translation>添加同义工种 %1 = %2</translation>
    </message>
    <message>
        <source>%1 now counts as %2 in matching</source>
        <translation>匹配时 %1 现视同 %2</translation>
    </message>
</context>
<context>
    <name>jb::ui::MergeCommand</name>
    <message>
        <source>Merge record #%1 into #%2</source>
        <translation>将记录 #%1 并入 #%2</translation>
    </message>
</context>
<context>
    <name>jb::ui::MergeDialog</name>
    <message>
        <source>Merge two worker records</source>
        <translation>合并两条劳动者记录</translation>
    </message>
    <message>
        <source>Merge two enterprise records</source>
        <translation>合并两条企业记录</translation>
    </message>
    <message>
        <source>Record to keep:</source>
        <translation>保留的记录：</translation>
    </message>
    <message>
        <source>Record merged into it and then deleted:</source>
        <translation>并入后删除的记录：</translation>
    </message>
    <message>
        <source>Where the two differ, choose the value to keep:</source>
        <translation>两条记录不同之处，请选择要保留的值：</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>请选择两条不同的记录。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept record #%1</source>
        <translation>保留记录 #%1</translation>
    </message>
    <message>
        <source>Merged record #%1</source>
        <translation>并入记录 #%1</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>两条记录的各项值相同。</translation>
    </message>
    <message>
        <source>Same in both: %1</source>
        <translation>两者相同：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n 条推荐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 条服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key group, hardship or need link(s)</source>
        <translation>
            <numerusform>%n 项重点群体、困难类别或服务需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vacancy(ies)</source>
        <translation>
            <numerusform>%n 个岗位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demand snapshot(s)</source>
        <translation>
            <numerusform>%n 条用工需求记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monitoring flag(s)</source>
        <translation>
            <numerusform>%n 条监测标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job fair(s)</source>
        <translation>
            <numerusform>%n 场招聘会</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves to the kept record: %1. The merged record is then deleted; the merge is recorded in the audit log.</source>
        <translation>将转到保留记录：%1。随后删除被并入的记录；合并记入操作日志。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>jb::ui::NewFileDialog</name>
    <message>
        <source>New file</source>
        <translation>新建文件</translation>
    </message>
    <message>
        <source>Search by name or code, e.g. 肥东 or 340122</source>
        <translation>按名称或代码搜索，如“肥东”或“340122”</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>No organisation chosen yet.</source>
        <translation>尚未选择组织。</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation>已选择：%1（%2）</translation>
    </message>
    <message>
        <source>Choose the organisation this file belongs to: the trade-union federation of a county, city or province. The divisions below it are added to the file as well.</source>
        <translation>请选择本文件所属的组织，即县（市、区）、市或省总工会。其下属的行政区划会一并加入文件。</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>下一步(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>jb::ui::OfficerNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Who is working at this computer? Your name is recorded with every change, import and reveal in the audit log of every file you open here. You can change it later in Settings.</source>
        <translation>谁在使用这台电脑？您的姓名会随每次修改、导入和查看完整信息，记入在这台电脑上打开的每个文件的操作日志。以后可在“设置”中更改。</translation>
    </message>
</context>
<context>
    <name>jb::ui::PlaceholderPage</name>
    <message>
        <source>This page is not built yet</source>
        <translation>此页面尚未建成</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业需求</translation>
    </message>
    <message>
        <source>The enterprise demand list: each enterprise with its unified social credit code, industry, contact and key-enterprise flag, its vacancies with headcount, wage range and requirements, and dated snapshots of its hiring plan, hiring progress and vacancies, so gaps can be charted. Wage arrears, staff attrition and labour-relations risks are flagged here.</source>
        <translation>企业招工用工需求清单：每家企业的统一社会信用代码、所属行业、联系人和重点企业标记；各岗位的招聘人数、月薪范围和任职要求；每次走访或电话联系时记下的用工计划、招工进度和缺工人数，便于绘制缺工变化图。欠薪、减员和劳动关系隐患也在这里标记。</translation>
    </message>
    <message>
        <source>Enterprises in this file: %1</source>
        <translation>本文件现有 %1 家企业</translation>
    </message>
    <message>
        <source>Vacancies in this file: %1</source>
        <translation>本文件现有 %1 个岗位</translation>
    </message>
    <message>
        <source>Hiring-progress records in this file: %1</source>
        <translation>本文件现有 %1 条用工进度记录</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>劳动者</translation>
    </message>
    <message>
        <source>The worker needs list: each person with resident ID, key groups, employment status, return-to-work date for migrant workers, desired trade and wage, and the services they need. For people in hardship it will show the one-week promise clock: who is due a job recommendation and who is overdue.</source>
        <translation>劳动者求职需求清单：每个人的身份证号、所属重点群体、就业状态、农民工返岗时间、求职意向工种和期望薪资，以及所需的服务。对困难群体将显示“就业110”一周承诺的时限：哪些人即将到期应推荐岗位，哪些已经超期。</translation>
    </message>
    <message>
        <source>Workers in this file: %1</source>
        <translation>本文件现有 %1 名劳动者</translation>
    </message>
    <message>
        <source>Job fairs</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Job fairs by organiser, date, online or offline, and kind (the unified &quot;1+16+N&quot; fair, special fairs by industry, group or occupation, live-stream recruiting), with the enterprises attending, jobs offered, attendees, employment intentions reached and contracts signed.</source>
        <translation>按主办单位、举办日期、线上或线下以及类型（“1+16+N”统一招聘会，行业、群体或职业专场招聘会，直播带岗）登记招聘会，记录参会企业数、提供岗位数、入场人数、达成就业意向人数和签约人数。</translation>
    </message>
    <message>
        <source>Job fairs in this file: %1</source>
        <translation>本文件现有 %1 场招聘会</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐就业</translation>
    </message>
    <message>
        <source>The referral pipeline: recommended, interviewed, intention reached, contract signed, stable employment, left. Stable employment follows the rule set on the Settings page.</source>
        <translation>推荐就业的全过程：已推荐、已面试、达成意向、签订合同、稳定就业、离职。“稳定就业”按“设置”页中的规则认定。</translation>
    </message>
    <message>
        <source>Referrals in this file: %1</source>
        <translation>本文件现有 %1 条推荐就业记录</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Services delivered to workers: skills training, entrepreneurship support, legal aid and labour-law consultation, visits and condolence, and the accident-injury mutual insurance for workers who sign a labour contract during the concentrated phase.</source>
        <translation>为劳动者提供的服务：技能培训、创业服务、法律援助和劳动法律咨询、走访慰问，以及为集中行动期间签订劳动合同的劳动者办理的意外伤害互助保障。</translation>
    </message>
    <message>
        <source>Service records in this file: %1</source>
        <translation>本文件现有 %1 条服务记录</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标任务</translation>
    </message>
    <message>
        <source>Targets per organisation, period and metric, entered as data (such as the year target &quot;3831&quot; and the concentrated-phase target &quot;2626&quot;), with charts of actual figures against the target and against the pace expected by today.</source>
        <translation>按组织、时段和指标录入的目标任务（如年度目标“3831”、集中行动阶段目标“2626”），并用图表对比实际完成数与目标任务、与截至今日应达进度。</translation>
    </message>
    <message>
        <source>Targets in this file: %1</source>
        <translation>本文件现有 %1 项目标任务</translation>
    </message>
    <message>
        <source>Periods in this file: %1</source>
        <translation>本文件现有 %1 个统计时段</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>The monthly figures sent to the city federation, added up from the records in this file, ready to print or to export as a CSV file that opens correctly in Excel.</source>
        <translation>向市总工会报送的月度数据，由本文件中的记录汇总生成，可以直接打印，也可以导出为用 Excel 打开不会乱码的 CSV 文件。</translation>
    </message>
</context>
<context>
    <name>jb::ui::PlacementCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>jb::ui::PlacementSettingsForm</name>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Referrals and the one-week promise</source>
        <translation>推荐就业与一周承诺</translation>
    </message>
    <message>
        <source>One-week promise: &amp;days to the first job recommendation</source>
        <translation>一周承诺：首次推荐岗位的天数(&amp;D)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>Working days (public holidays and make-up working days counted)</source>
        <translation>工作日（按法定节假日和调休上班日计算）</translation>
    </message>
    <message>
        <source>Count the promise &amp;in</source>
        <translation>承诺天数按(&amp;I)</translation>
    </message>
    <message>
        <source>Stable employment: m&amp;onths still employed after signing the contract</source>
        <translation>稳定就业：签订合同后仍在岗的月数(&amp;O)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>e.g. 3,6</source>
        <translation>如 3,6</translation>
    </message>
    <message>
        <source>Retention chec&amp;ks, in months after the contract starts</source>
        <translation>回访：合同起始后第几个月，逗号分隔(&amp;K)</translation>
    </message>
    <message>
        <source>A referral is &amp;stale after this long without a change</source>
        <translation>推荐多久没有进展即为停滞(&amp;S)</translation>
    </message>
    <message>
        <source>Offers per person: &amp;contacts promised</source>
        <translation>每人推荐：承诺联系次数(&amp;C)</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>&amp;Posts offered at each contact</source>
        <translation>每次联系推荐岗位数(&amp;P)</translation>
    </message>
    <message>
        <source> posts</source>
        <translation> 个岗位</translation>
    </message>
    <message>
        <source>Declines for personal reasons before “&amp;unwilling for now” may be recorded</source>
        <translation>因个人原因拒绝几次后可记为“暂不愿就业”(&amp;U)</translation>
    </message>
    <message>
        <source> declines</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>A person looking for work is &amp;flagged when not contacted for</source>
        <translation>求职人员多久未联系即预警(&amp;F)</translation>
    </message>
    <message>
        <source>An enterprise with open posts is flagged when not &amp;visited for</source>
        <translation>有空缺岗位的企业多久未走访即预警(&amp;V)</translation>
    </message>
    <message>
        <source>Progress shows amber below this share of the &amp;expected pace</source>
        <translation>进度低于应达进度的多少时显示黄色(&amp;E)</translation>
    </message>
    <message>
        <source>Accident-injury mutual insurance</source>
        <translation>职工意外伤害互助保障</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Pre&amp;mium per person</source>
        <translation>每人保费(&amp;M)</translation>
    </message>
    <message>
        <source>The province&apos;s s&amp;hare of the premium</source>
        <translation>省级分担比例(&amp;H)</translation>
    </message>
    <message>
        <source>Concentrated phases:</source>
        <translation>集中行动阶段：</translation>
    </message>
    <message>
        <source>A contract signed inside a concentrated phase offers the enrolment on the referral page; the officer confirms it. Phases and their dates are entered on the Targets page (New phase).</source>
        <translation>在集中行动阶段内签订劳动合同的，“推荐就业”页会提示参保，由经办人确认。阶段及其起止日期在“目标任务”页录入（新建阶段）。</translation>
    </message>
    <message>
        <source>Each enrolment: province %1 yuan, city %2 yuan</source>
        <translation>每人：省级 %1 元，市级 %2 元</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <source>None entered: no contract is offered the insurance yet</source>
        <translation>尚未录入：目前不会对任何合同提示参保</translation>
    </message>
</context>
<context>
    <name>jb::ui::ProgressChartView</name>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
</context>
<context>
    <name>jb::ui::ProgressSelectors</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>统计期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表指标(&amp;C)</translation>
    </message>
</context>
<context>
    <name>jb::ui::ProjectDialog</name>
    <message>
        <source>New entrepreneurship project</source>
        <translation>新增创业项目</translation>
    </message>
    <message>
        <source>e.g. a family farm or an online shop</source>
        <translation>如：家庭农场、农产品网店</translation>
    </message>
    <message>
        <source>One ID number a line; each person must be registered first</source>
        <translation>每行一个身份证号；人员须先登记</translation>
    </message>
    <message>
        <source>Project &amp;name:</source>
        <translation>项目名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Put forward &amp;by:</source>
        <translation>申报单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;People (ID numbers):</source>
        <translation>人员（身份证号）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Day put forward:</source>
        <translation>申报日期(&amp;D)：</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
</context>
<context>
    <name>jb::ui::ProjectsView</name>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Put forward on</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新增项目(&amp;N)…</translation>
    </message>
    <message>
        <source>selected or supported: %1</source>
        <translation>已入选或已扶持 %1 个</translation>
    </message>
    <message>
        <source>%1: candidates %2 (%3); no target entered for this period — enter it on the Targets page</source>
        <translation>%1：候选 %2 个（%3）；本期尚未录入目标，请在“目标任务”页录入</translation>
    </message>
    <message>
        <source>%1: candidates %2 / target %3 (%4)</source>
        <translation>%1：候选 %2 / 目标 %3（%4）</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Move &amp;forward</source>
        <translation>推进(&amp;F)</translation>
    </message>
    <message>
        <source>Move &amp;forward to %1</source>
        <translation>推进到“%1”(&amp;F)</translation>
    </message>
    <message>
        <source>Correct &amp;back</source>
        <translation>退回更正(&amp;B)</translation>
    </message>
    <message>
        <source>Correct &amp;back to %1</source>
        <translation>退回更正为“%1”(&amp;B)</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>文件以只读方式打开。</translation>
    </message>
    <message>
        <source>New project %1</source>
        <translation>新增项目 %1</translation>
    </message>
    <message>
        <source>Project %1 recorded.</source>
        <translation>已记录项目 %1。</translation>
    </message>
    <message>
        <source>Move project %1 to %2</source>
        <translation>项目 %1 推进到“%2”</translation>
    </message>
    <message>
        <source>Correct project %1 back to %2</source>
        <translation>项目 %1 退回更正为“%2”</translation>
    </message>
</context>
<context>
    <name>jb::ui::PromiseListView</name>
    <message>
        <source>Record unwilling for now</source>
        <translation>记录暂不愿就业</translation>
    </message>
    <message>
        <source>%1 has declined %2 posts. Write down what the person said (it is kept in the audit log); the promise clock stops.</source>
        <translation>%1 已婉拒 %2 个岗位。请记下本人的说法（记入审计日志）；承诺计时随之停止。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Recommend posts</source>
        <translation>推荐岗位(&amp;R)</translation>
    </message>
    <message>
        <source>Record unwilling for &amp;now…</source>
        <translation>记录暂不愿就业(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open the worker</source>
        <translation>打开人员(&amp;O)</translation>
    </message>
    <message>
        <source>One-week promise: no file open</source>
        <translation>一周承诺：未打开文件</translation>
    </message>
    <message>
        <source>due on the %1th working day after the clock starts (holidays and make-up working days follow the holiday calendar)</source>
        <translation>起算后第 %1 个工作日到期（节假日和调休上班日按节假日日历）</translation>
    </message>
    <message>
        <source>due %1 calendar days after the clock starts</source>
        <translation>起算后 %1 个自然日到期</translation>
    </message>
    <message>
        <source>One-week promise as of %1: %2.</source>
        <translation>一周承诺（截至 %1）：%2。</translation>
    </message>
    <message>
        <source>Some due days fall past the last year of the holiday calendar: they are counted on weekdays only (Monday to Friday). Add the next year&apos;s holidays in the settings.</source>
        <translation>部分到期日超出节假日日历的最后一年：这些只按周一至周五计算。请在设置中添加下一年的节假日。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due within 2 days</source>
        <translation>2 天内到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>逾期推荐</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已按期推荐</translation>
    </message>
    <message>
        <source>Unwilling for now</source>
        <translation>暂不愿就业</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Possible after the person has declined the posts the settings ask for, for personal reasons; it stops the clock</source>
        <translation>本人因个人原因婉拒的岗位达到设置的次数后才可记录；记录后承诺计时停止</translation>
    </message>
    <message>
        <source>Record %1 unwilling for now</source>
        <translation>记录 %1 暂不愿就业</translation>
    </message>
    <message>
        <source>%1 recorded as unwilling for now</source>
        <translation>已记录 %1 暂不愿就业</translation>
    </message>
    <message>
        <source>Export the promise list</source>
        <translation>导出一周承诺名单</translation>
    </message>
    <message>
        <source>one-week promise</source>
        <translation>一周承诺名单</translation>
    </message>
</context>
<context>
    <name>jb::ui::PromisePanel</name>
    <message>
        <source>One-week promise</source>
        <translation>一周承诺（就业110）</translation>
    </message>
    <message>
        <source>One-week promise (%1 days), as of %2</source>
        <translation>一周承诺（%1天），截至 %2</translation>
    </message>
    <message>
        <source>Hardship cases registered and still waiting for a first job recommendation, within the promise days. Click to list them.</source>
        <translation>已登记、尚在承诺天数内等待首次岗位推荐的困难群体。单击查看名单。</translation>
    </message>
    <message>
        <source>Hardship cases still waiting for a first job recommendation after the promise days. Click to list them.</source>
        <translation>超过承诺天数仍未获得首次岗位推荐的困难群体。单击查看名单。</translation>
    </message>
    <message>
        <source>In this period: %1 registered, %2 recommended in time, %3 late</source>
        <translation>本统计期：登记 %1 人，按时推荐 %2 人，超时推荐 %3 人</translation>
    </message>
    <message>
        <source>One-week promise: overdue</source>
        <translation>一周承诺：已超期</translation>
    </message>
    <message>
        <source>One-week promise: waiting, still in time</source>
        <translation>一周承诺：待推荐，未超期</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>now &amp;overdue</source>
        <translation>当前已超期(&amp;O)</translation>
    </message>
    <message>
        <source>now &amp;waiting</source>
        <translation>当前待推荐(&amp;W)</translation>
    </message>
    <message>
        <source>Promise &amp;list…</source>
        <translation>承诺清单(&amp;L)…</translation>
    </message>
    <message>
        <source>Everyone the promise is about: due today, within 2 days, overdue, met late, met</source>
        <translation>一周承诺涉及的全部人员：今天到期、2 天内到期、已超期、逾期推荐、已按期推荐</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReadOnlyBanner</name>
    <message>
        <source>Read-only. %1</source>
        <translation>只读。%1</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReasonDialog</name>
    <message>
        <source>Reason required</source>
        <translation>需要填写理由</translation>
    </message>
    <message>
        <source>This file asks for a reason before personal data is shown or exported in full. The reason is kept in the audit log with your name.

About to show: %1</source>
        <translation>本文件要求在查看或导出完整个人信息前填写理由。理由将与您的姓名一起记入操作日志。

即将显示：%1</translation>
    </message>
    <message>
        <source>e.g. phoning about a job offer</source>
        <translation>例如：电话通知推荐岗位</translation>
    </message>
</context>
<context>
    <name>jb::ui::RecordDetailPanel</name>
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
        <source>Left the job</source>
        <translation>离职</translation>
    </message>
</context>
<context>
    <name>jb::ui::RecordForm</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferenceListsPage</name>
    <message>
        <source>List:</source>
        <translation>清单：</translation>
    </message>
    <message>
        <source>A value in use cannot be deleted, only retired: retired values stay on the records that have them but are no longer offered for new ones.</source>
        <translation>已被使用的值不能删除，只能停用：停用的值仍保留在已有记录上，但不再供新记录选择。</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>新增一项</translation>
    </message>
    <message>
        <source>Rename a value</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已新增“%1”。</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>已改名为“%1”。</translation>
    </message>
    <message>
        <source>Retired “%1”.</source>
        <translation>已停用“%1”。</translation>
    </message>
    <message>
        <source>Brought back “%1”.</source>
        <translation>已恢复启用“%1”。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Same as the Chinese name when left empty</source>
        <translation>留空则与中文名称相同</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>新增“%1”</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”改名为“%2”</translation>
    </message>
    <message>
        <source>Retire “%1”</source>
        <translation>停用“%1”</translation>
    </message>
    <message>
        <source>Bring back “%1”</source>
        <translation>恢复启用“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>改名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>恢复启用(&amp;B)</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferenceValueModel</name>
    <message>
        <source>The figures count by this value: it can be renamed, not retired or deleted.</source>
        <translation>统计口径依赖此项：可以改名，不能停用或删除。</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active (built in)</source>
        <translation>启用（内置）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Records using it</source>
        <translation>使用记录数</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferralActions</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Record interview</source>
        <translation>记录面试</translation>
    </message>
    <message>
        <source>Record intention</source>
        <translation>记录达成意向</translation>
    </message>
    <message>
        <source>Record contract</source>
        <translation>记录签约</translation>
    </message>
    <message>
        <source>End referral</source>
        <translation>结束推荐</translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation>记录离职</translation>
    </message>
    <message>
        <source>Correct stage</source>
        <translation>更正阶段</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>文件以只读方式打开。</translation>
    </message>
    <message>
        <source>Close as hired elsewhere</source>
        <translation>以“已在别处就业”关闭</translation>
    </message>
    <message>
        <source>%1 other referrals</source>
        <translation>其他 %1 条推荐</translation>
    </message>
    <message>
        <source>Close post %1</source>
        <translation>关闭岗位 %1</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Refer %1 to a post</source>
        <translation>推荐 %1 到岗位</translation>
    </message>
    <message>
        <source>Search: enterprise name or credit code</source>
        <translation>搜索：企业名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 wanted)</source>
        <translation>%1 — %2（需求%3人）</translation>
    </message>
    <message>
        <source>Refer a person to %1</source>
        <translation>推荐人员到 %1</translation>
    </message>
    <message>
        <source>Search: name, or the last digits of the ID number or phone</source>
        <translation>搜索：姓名，或身份证号、电话的末几位</translation>
    </message>
    <message>
        <source>Enrol %1 in the mutual insurance</source>
        <translation>%1 参加意外伤害互助保障</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferralCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferralDetailPanel</name>
    <message>
        <source>&amp;Next stage…</source>
        <translation>推进到下一阶段(&amp;N)…</translation>
    </message>
    <message>
        <source>Interviewed or intention reached, with the day</source>
        <translation>已面试或达成意向，并填写日期</translation>
    </message>
    <message>
        <source>&amp;Contract…</source>
        <translation>记录签约(&amp;C)…</translation>
    </message>
    <message>
        <source>Contract signed: start date, monthly wage and term</source>
        <translation>签订合同：起始日期、月工资和期限</translation>
    </message>
    <message>
        <source>E&amp;xit…</source>
        <translation>退出(&amp;X)…</translation>
    </message>
    <message>
        <source>Declined by the worker, rejected by the employer or withdrawn, with a reason</source>
        <translation>本人放弃、企业未录用或经办人撤回，并说明原因</translation>
    </message>
    <message>
        <source>&amp;Left the job…</source>
        <translation>离职(&amp;L)…</translation>
    </message>
    <message>
        <source>The person left: day and reason</source>
        <translation>人员离职：日期和原因</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>更正(&amp;R)…</translation>
    </message>
    <message>
        <source>Back to an earlier stage; says what is removed</source>
        <translation>退回到较早的阶段，并说明将删除的内容</translation>
    </message>
    <message>
        <source>Open &amp;person</source>
        <translation>打开人员(&amp;P)</translation>
    </message>
    <message>
        <source>Shows the person on the Workers page</source>
        <translation>在人员页显示此人</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段记录</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Choose a referral in the list</source>
        <translation>请在列表中选择一条推荐</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2，%3</translation>
    </message>
    <message>
        <source>Now: %1 since %2 · ID %3 · referred by %4</source>
        <translation>当前：%2 起%1 · 身份证 %3 · 推荐人 %4</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferralFilterBar</name>
    <message>
        <source>All key groups</source>
        <translation>全部重点群体</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>Stage day</source>
        <translation>阶段日期</translation>
    </message>
    <message>
        <source>&amp;Follow-up due</source>
        <translation>待回访(&amp;F)</translation>
    </message>
    <message>
        <source>Contracts whose retention check is due</source>
        <translation>已到回访时间的合同</translation>
    </message>
    <message>
        <source>S&amp;tale</source>
        <translation>停滞(&amp;T)</translation>
    </message>
    <message>
        <source>Open referrals with no change for the stale days set on the Settings page</source>
        <translation>在设置页规定的天数内没有进展的进行中推荐</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>全部(&amp;E)</translation>
    </message>
    <message>
        <source>Lists the referrals of every enterprise and person again</source>
        <translation>重新列出所有企业和人员的推荐</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>人员：%1</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferralOffersDialog</name>
    <message>
        <source>After the contract</source>
        <translation>签约之后</translation>
    </message>
    <message>
        <source>%1, %2 (%3 since %4)</source>
        <translation>%1，%2（%4 起%3）</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>推荐 %1</translation>
    </message>
    <message>
        <source>This person has other open referrals. Close the ticked ones as “hired elsewhere”? Untick any that stay open (two part-time jobs are legitimate).</source>
        <translation>此人还有其他进行中的推荐。是否将勾选的推荐以“已在别处就业”关闭？请取消勾选仍要保留的推荐（同时做两份兼职是允许的）。</translation>
    </message>
    <message>
        <source>&amp;Close the post: %1 of %2 hired</source>
        <translation>关闭岗位(&amp;C)：已录用 %1 / %2 人</translation>
    </message>
    <message>
        <source>&amp;Enrol in the workers&apos; accident-injury mutual insurance (%1 yuan: province %2 / city %3)</source>
        <translation>参加职工意外伤害互助保障(&amp;E)（%1 元，省 %2 / 市 %3）</translation>
    </message>
    <message>
        <source>The contract was signed on %1, inside the concentrated phase, and the person is not yet enrolled this year. The premium and the shares come from the settings.</source>
        <translation>合同签订于 %1，在集中行动阶段内，且本人今年尚未参保。保费和分担比例取自设置。</translation>
    </message>
    <message>
        <source>The contract is recorded. Tick what else to do now; OK does only what is ticked.</source>
        <translation>合同已记录。请勾选现在要一并办理的事项；确定只办理已勾选的事项。</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferralStepDialog</name>
    <message>
        <source>Move to the next stage</source>
        <translation>推进到下一阶段</translation>
    </message>
    <message>
        <source>Record a contract</source>
        <translation>记录签约</translation>
    </message>
    <message>
        <source>End the referral</source>
        <translation>结束推荐</translation>
    </message>
    <message>
        <source>Record leaving the job</source>
        <translation>记录离职</translation>
    </message>
    <message>
        <source>Correct the stage</source>
        <translation>更正阶段</translation>
    </message>
    <message>
        <source>%1 → %2, %3 (now: %4)</source>
        <translation>%1 → %2，%3（当前：%4）</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>签约日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>起始日期(&amp;S)</translation>
    </message>
    <message>
        <source>Monthly &amp;wage</source>
        <translation>月工资(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>合同期限(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Ended by</source>
        <translation>退出方式(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Back &amp;to</source>
        <translation>更正到(&amp;T)</translation>
    </message>
    <message>
        <source>There is no earlier stage to go back to.</source>
        <translation>没有可以退回的较早阶段。</translation>
    </message>
    <message>
        <source>Nothing recorded is removed; the referral is at “%1” again.</source>
        <translation>不会删除任何记录；推荐重新回到“%1”。</translation>
    </message>
    <message>
        <source>This removes: %1. Every figure follows the correction; Edit ▸ Undo puts it back.</source>
        <translation>将删除：%1。所有统计数字随更正而变；“编辑 ▸ 撤销”可以恢复。</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferralTableModel</name>
    <message>
        <source>(post deleted)</source>
        <translation>（岗位已删除）</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReferralsPage</name>
    <message>
        <source>Referral l&amp;ist</source>
        <translation>推荐列表(&amp;I)</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation>%1 条推荐</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>人岗匹配(&amp;M)</translation>
    </message>
    <message>
        <source>One-wee&amp;k promise</source>
        <translation>一周承诺(&amp;K)</translation>
    </message>
    <message>
        <source>Follow-ups and sta&amp;gnant</source>
        <translation>回访与停滞(&amp;G)</translation>
    </message>
    <message>
        <source>Export the referral list</source>
        <translation>导出推荐名单</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>推荐名单</translation>
    </message>
    <message>
        <source>Exp&amp;ort</source>
        <translation>导出(&amp;O)</translation>
    </message>
</context>
<context>
    <name>jb::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Submit the month…</source>
        <translation>报送本月(&amp;S)…</translation>
    </message>
    <message>
        <source>Stores this report as sent upward and locks the month: later changes to its records show as corrections in the following months&apos; reports.</source>
        <translation>将本报表作为已上报的版本保存并锁定本月：此后对本月记录的修改将作为更正显示在以后各月的报表中。</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Unlocks a submitted month so it is counted from the records again (a reason is required and recorded).</source>
        <translation>解锁已报送的月份，重新按记录统计（须填写原因并记入日志）。</translation>
    </message>
    <message>
        <source>Submitted on %1. The report shows the figures as sent.</source>
        <translation>已于 %1 报送。报表显示上报时的数字。</translation>
    </message>
    <message>
        <source>Submitted on %1 by %2. The report shows the figures as sent.</source>
        <translation>%2 已于 %1 报送。报表显示上报时的数字。</translation>
    </message>
    <message>
        <source>Not submitted: the figures are counted from the records as of %1.</source>
        <translation>未报送：数字按截至 %1 的记录统计。</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报表写入 %1：%2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报表已写入 %1</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>导出月报</translation>
    </message>
    <message>
        <source>%1 %2 was submitted and locked.</source>
        <translation>%1 %2 已报送并锁定。</translation>
    </message>
    <message>
        <source>%1 %2 was unlocked.</source>
        <translation>%1 %2 已解锁。</translation>
    </message>
    <message>
        <source>Submit the month</source>
        <translation>报送本月</translation>
    </message>
    <message>
        <source>Submit the report of %1 for %2? It is stored as sent and the month is locked; unlocking needs a reason.</source>
        <translation>报送%1 %2的月报？报表将作为上报版本保存并锁定本月；解锁须填写原因。</translation>
    </message>
    <message>
        <source>Unlock the month</source>
        <translation>解锁月份</translation>
    </message>
    <message>
        <source>Why is %1 unlocked? The reason is recorded in the file&apos;s log.</source>
        <translation>为什么解锁%1？原因将记入本文件的日志。</translation>
    </message>
    <message>
        <source>A month is unlocked only with a reason.</source>
        <translation>解锁月份须填写原因。</translation>
    </message>
    <message>
        <source>%1 (submitted)</source>
        <translation>%1（已报送）</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>jb::ui::RestoreDialog</name>
    <message>
        <source>%1   %2   %3</source>
        <translation>%1   %2   %3</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first. Restoring one replaces the file; the file as it is now is backed up first. A backup is checked before it is restored.</source>
        <translation>%1 的备份（在 %2），最新的在前。恢复会替换此文件；替换前会先备份当前的文件。备份在恢复前会先经过检查。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Checked: SQLite&apos;s integrity check finds nothing wrong with this backup.</source>
        <translation>已检查：SQLite 完整性检查未发现此备份有问题。</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Choose an older one.</source>
        <translation>此备份已损坏，不能用于恢复。请选择更早的备份。</translation>
    </message>
    <message>
        <source> (damaged)</source>
        <translation>（已损坏）</translation>
    </message>
    <message>
        <source>This backup could not be checked (is it on a disk that is gone?); it cannot be restored as it is.</source>
        <translation>无法检查此备份（所在磁盘是否已移除？），暂时不能用于恢复。</translation>
    </message>
</context>
<context>
    <name>jb::ui::RetentionCheckDialog</name>
    <message>
        <source>Record a retention check</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 at %2: the %3-month check after the contract that started on %4.</source>
        <translation>%1，%2：合同自 %4 起，第 %3 个月回访。</translation>
    </message>
    <message>
        <source>Still &amp;employed</source>
        <translation>仍在岗(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Left the job</source>
        <translation>已离职(&amp;L)</translation>
    </message>
    <message>
        <source>Could &amp;not be reached (the check stays due)</source>
        <translation>未联系上(&amp;N)（回访仍待完成）</translation>
    </message>
    <message>
        <source>&amp;Reason for leaving:</source>
        <translation>离职原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Day of the check:</source>
        <translation>回访日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>jb::ui::ServiceActions</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>文件为只读。</translation>
    </message>
    <message>
        <source>New service %1</source>
        <translation>新增服务 %1</translation>
    </message>
    <message>
        <source>Edit service %1</source>
        <translation>编辑服务 %1</translation>
    </message>
    <message>
        <source>Delete service %1</source>
        <translation>删除服务 %1</translation>
    </message>
</context>
<context>
    <name>jb::ui::ServiceCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>jb::ui::ServiceDetailPanel</name>
    <message>
        <source>Choose a service in the list to see all its fields.</source>
        <translation>在列表中选择一条服务，查看其全部内容。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deletes the service (Edit ▸ Undo brings it back)</source>
        <translation>删除这条服务（“编辑 ▸ 撤销”可恢复）</translation>
    </message>
    <message>
        <source>Open the &amp;person</source>
        <translation>打开服务对象(&amp;P)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服务对象</translation>
    </message>
</context>
<context>
    <name>jb::ui::ServiceDialog</name>
    <message>
        <source>Edit service: %1</source>
        <translation>编辑服务：%1</translation>
    </message>
    <message>
        <source>New service: %1</source>
        <translation>新增服务：%1</translation>
    </message>
    <message>
        <source>Service kind</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Search: name, or the last digits of the ID number or phone</source>
        <translation>搜索：姓名，或身份证号、电话的末几位</translation>
    </message>
    <message>
        <source>— type above to find the person —</source>
        <translation>— 请在上方输入以查找服务对象 —</translation>
    </message>
    <message>
        <source>&amp;Find the person</source>
        <translation>查找服务对象(&amp;F)</translation>
    </message>
    <message>
        <source>— no one found —</source>
        <translation>— 未找到 —</translation>
    </message>
    <message>
        <source>Fields marked * are required. The unit is the person&apos;s unless changed; the officer is the one in the settings when left empty.</source>
        <translation>带 * 的为必填项。登记单位默认为服务对象所在单位，可改；经办人留空时取设置中的经办人。</translation>
    </message>
    <message>
        <source>%1 (the premium in the settings)</source>
        <translation>%1（设置中的保费）</translation>
    </message>
</context>
<context>
    <name>jb::ui::ServiceFilterBar</name>
    <message>
        <source>Any period</source>
        <translation>全部期间</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All sub-units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All key groups</source>
        <translation>全部重点群体</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>全部提供方</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>jb::ui::ServiceTableModel</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
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
</context>
<context>
    <name>jb::ui::ServiceTotalsView</name>
    <message>
        <source>Service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Services (person-times)</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Accident-injury mutual insurance</source>
        <translation>意外伤害互助保障</translation>
    </message>
    <message>
        <source>%1, the whole file</source>
        <translation>%1，全部单位</translation>
    </message>
    <message>
        <source>The services the filter selects</source>
        <translation>筛选出的服务</translation>
    </message>
    <message>
        <source> (with the figures the sub-units&apos; packages reported)</source>
        <translation>（含下级数据包上报的数字）</translation>
    </message>
    <message>
        <source>Worked out with the settings: premium %1 yuan per person, the province&apos;s share %2%, the city&apos;s %3% (each enrolment keeps the split of its day).</source>
        <translation>按设置计算：保费每人 %1 元，省级承担 %2%，市级承担 %3%（每笔参保保留参保当日的分担比例）。</translation>
    </message>
    <message>
        <source>%1 people enrolled; %2 yuan in all: the province %3 yuan, the city %4 yuan</source>
        <translation>参保 %1 人，共 %2 元：省级 %3 元，市级 %4 元</translation>
    </message>
    <message>
        <source>%1 — counting…</source>
        <translation>%1——正在统计…</translation>
    </message>
</context>
<context>
    <name>jb::ui::ServicesPage</name>
    <message>
        <source>&amp;Service records</source>
        <translation>服务记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>汇总(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>新增服务(&amp;N)</translation>
    </message>
    <message>
        <source>Choose the kind first, then fill in its fields</source>
        <translation>先选服务类别，再填写该类别的内容</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 条服务</translation>
    </message>
    <message>
        <source>Export the services list</source>
        <translation>导出服务清单</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服务清单</translation>
    </message>
    <message>
        <source>Entrepreneurship p&amp;rojects</source>
        <translation>创业项目(&amp;R)</translation>
    </message>
</context>
<context>
    <name>jb::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>本文件</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Data version:</source>
        <translation>数据版本：</translation>
    </message>
    <message>
        <source>Home organisation:</source>
        <translation>本级组织：</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>These settings travel with the file, so every computer that opens it counts the same way. Each change is recorded in the file&apos;s change log.</source>
        <translation>这些设置随文件保存，无论在哪台电脑上打开，都按同样的规则统计。每次修改都会记入本文件的修改日志。</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>The language changes the next time JobBridge starts.</source>
        <translation>界面语言将在下次启动 JobBridge 时生效。</translation>
    </message>
    <message>
        <source>%1 (division code %2)</source>
        <translation>%1（行政区划代码 %2）</translation>
    </message>
    <message>
        <source>Settings saved in the file.</source>
        <translation>设置已保存到文件中。</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>The reason is kept in the audit log with the officer&apos;s name</source>
        <translation>理由与经办人姓名一起记入操作日志</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>个人信息：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Ask for a &amp;reason before ID numbers and phones are shown or exported in full</source>
        <translation>查看或导出完整身份证号和电话前须填写理由(&amp;R)</translation>
    </message>
    <message>
        <source>%1 must be %2 (not “%3”).</source>
        <translation>“%1”应为%2（现为“%3”）。</translation>
    </message>
    <message>
        <source>Personal data (stored in this file)</source>
        <translation>个人信息（保存在本文件中）</translation>
    </message>
    <message>
        <source>Your name, recorded with imports and changes (now: %1)</source>
        <translation>您的姓名，随导入和修改记录（目前为：%1）</translation>
    </message>
    <message>
        <source>Recorded in the audit log of every file you open on this computer; another officer&apos;s computer records theirs.</source>
        <translation>记入在这台电脑上打开的每个文件的操作日志；其他经办人的电脑记录他们自己的姓名。</translation>
    </message>
    <message>
        <source>Changes are recorded under %1 (the login name).</source>
        <translation>此后的修改记在 %1（登录名）名下。</translation>
    </message>
    <message>
        <source>Changes are recorded under %1 from now on.</source>
        <translation>此后的修改记在 %1 名下。</translation>
    </message>
</context>
<context>
    <name>jb::ui::StartPanel</name>
    <message>
        <source>Employment assistance ledger</source>
        <translation>就业帮扶台账</translation>
    </message>
    <message>
        <source>Enterprise demand and worker needs lists, job fairs, referrals and services of a trade-union federation, kept in one file on this computer.</source>
        <translation>工会的企业招工用工需求清单、劳动者求职需求清单、招聘会、推荐就业和各项服务，统一保存在本机的一个文件中。</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>新建文件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>jb::ui::SubUnitChartView</name>
    <message>
        <source>By sub-unit: %1</source>
        <translation>按下级单位：%1</translation>
    </message>
    <message>
        <source>%1 has no sub-units in this file.</source>
        <translation>本文件中%1没有下级单位。</translation>
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
        <source>Target (black line)</source>
        <translation>目标（黑线）</translation>
    </message>
    <message>
        <source>%1: actual %2 %3</source>
        <translation>%1：实际 %2 %3</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Click to list the records.</source>
        <translation>单击查看明细记录。</translation>
    </message>
</context>
<context>
    <name>jb::ui::TargetSplitDialog</name>
    <message>
        <source>Split a target to the sub-units</source>
        <translation>拆分目标到下级单位</translation>
    </message>
    <message>
        <source>Split &quot;%1&quot; of %2 (%3) to its %4 sub-units</source>
        <translation>将%2的“%1”目标（%3）拆分到 %4 个下级单位</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>劳动者人数</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据数</translation>
    </message>
    <message>
        <source>Sub-unit</source>
        <translation>下级单位</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Current target</source>
        <translation>现有目标</translation>
    </message>
    <message>
        <source>Target to set</source>
        <translation>拟定目标</translation>
    </message>
    <message>
        <source>None of the sub-units has records of the kind this target is split by yet, so the suggestion splits it equally. Change any value before applying.</source>
        <translation>各下级单位尚无可作拆分依据的记录，因此按平均拆分。应用前可修改任一数值。</translation>
    </message>
    <message>
        <source>Suggested in proportion to the enterprises registered in each sub-unit and the units below it. Change any value before applying.</source>
        <translation>按各下级单位（含其所属单位）登记的企业数按比例建议。应用前可修改任一数值。</translation>
    </message>
    <message>
        <source>Suggested in proportion to the workers registered in each sub-unit and the units below it. Change any value before applying.</source>
        <translation>按各下级单位（含其所属单位）登记的劳动者人数按比例建议。应用前可修改任一数值。</translation>
    </message>
    <message>
        <source>Suggested as an equal split: every sub-unit holds its share of fairs whatever its size. Change any value before applying.</source>
        <translation>按平均拆分建议：无论规模大小，各下级单位都要承担相应场次的招聘会。应用前可修改任一数值。</translation>
    </message>
    <message>
        <source>Total of the values below: %1 — the organisation&apos;s own target: %2</source>
        <translation>下列数值合计：%1 —— 本级目标：%2</translation>
    </message>
    <message>
        <source> (they differ)</source>
        <translation>（二者不一致）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Back to the suggestion</source>
        <translation>恢复建议值(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>jb::ui::TargetTableModel</name>
    <message>
        <source>The sub-units&apos; targets add up to %1, the organisation&apos;s own target is %2.</source>
        <translation>下级单位目标合计 %1，本级目标为 %2。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 (own target)</source>
        <translation>%1（本级目标）</translation>
    </message>
    <message>
        <source>Sum of sub-units</source>
        <translation>下级合计</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Select the cell where the pasted block should start.</source>
        <translation>请先选中粘贴区域起始的单元格。</translation>
    </message>
    <message>
        <source>The sum and difference rows are worked out from the sub-units; paste into the organisation&apos;s own row or a sub-unit&apos;s row.</source>
        <translation>“下级合计”和“差额”两行由下级单位目标自动计算，请粘贴到本级或下级单位所在的行。</translation>
    </message>
    <message>
        <source>Target %1 of %2</source>
        <translation>%2的“%1”目标</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <source>Paste of %1 target value(s)</source>
        <translation>粘贴 %1 个目标值</translation>
    </message>
    <message>
        <source>Removal of %1 target value(s)</source>
        <translation>删除 %1 个目标值</translation>
    </message>
</context>
<context>
    <name>jb::ui::TargetsPage</name>
    <message>
        <source>Type a figure into an organisation&apos;s row (3000, 3,000, 2万, 1.5万 and 800人 are all understood; an empty cell or the Delete key removes the target), or copy a block in Excel and paste it here with Ctrl+V from the cell where it should start.</source>
        <translation>在单位所在行直接输入数字（3000、3,000、2万、1.5万、800人均可识别；清空单元格或按 Delete 键即删除该目标），或在 Excel 中复制一块区域，选中起始单元格后按 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>从 Excel 粘贴</translation>
    </message>
    <message>
        <source>Remove the targets</source>
        <translation>删除所选目标</translation>
    </message>
    <message>
        <source>Saved in the file: %1 target value(s) changed.</source>
        <translation>已保存到文件：%1 个目标值有变动。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标任务</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>The home organisation and every sub-unit that has sub-units of its own.</source>
        <translation>本单位，以及下设下级单位的各下级单位。</translation>
    </message>
    <message>
        <source>No periods yet: add the year and its months</source>
        <translation>尚无统计期：请补全年度和月份</translation>
    </message>
    <message>
        <source>Suggest how to split this column&apos;s target among the sub-units.</source>
        <translation>按比例建议如何将本列目标拆分到各下级单位。</translation>
    </message>
    <message>
        <source>Select a column whose organisation has its own target and sub-units to split it to.</source>
        <translation>请选中本级已有目标、且有下级单位可拆分的一列。</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>剪贴板中没有可粘贴的文字。</translation>
    </message>
    <message>
        <source>The phase was added; set its targets below.</source>
        <translation>阶段已新建，请在下方填写其目标。</translation>
    </message>
    <message>
        <source>The year %1 and its twelve months are in the file.</source>
        <translation>%1年度及其12个月已在文件中。</translation>
    </message>
    <message>
        <source>Split of %1</source>
        <translation>分解“%1”目标</translation>
    </message>
    <message>
        <source>Check the target</source>
        <translation>请核对目标值</translation>
    </message>
    <message>
        <source>&amp;New phase…</source>
        <translation>新建阶段(&amp;N)…</translation>
    </message>
    <message>
        <source>Add the &amp;year and its months</source>
        <translation>补全年度和月份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Split to sub-units…</source>
        <translation>拆分到下级(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>jb::ui::TradeSynonymDialog</name>
    <message>
        <source>Add a trade synonym</source>
        <translation>添加同义工种</translation>
    </message>
    <message>
        <source>Matching counts the two trades as the same trade, in both directions, for every worker and post. Undo takes the synonym back.</source>
        <translation>匹配时把这两个工种视为同一工种，对所有人员和岗位双向生效。撤销可收回。</translation>
    </message>
    <message>
        <source>&amp;Trade:</source>
        <translation>工种(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Means the same as:</source>
        <translation>等同于(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>jb::ui::UndoActions</name>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>jb::ui::VacancyEditDialog</name>
    <message>
        <source>Edit vacancy</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Add vacancy</source>
        <translation>新增岗位</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Fields marked * are required. A vacancy that is filled or closed needs the day.</source>
        <translation>带 * 的为必填项。已招满或已关闭的岗位须填写日期。</translation>
    </message>
    <message>
        <source>edit vacancy</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>add vacancy</source>
        <translation>新增岗位</translation>
    </message>
</context>
<context>
    <name>jb::ui::WarningsPage</name>
    <message>
        <source>Sec&amp;tions</source>
        <translation>预警类别(&amp;T)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>需要处理的事项</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Days overdue or idle</source>
        <translation>超期/停滞天数</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mark handled…</source>
        <translation>标记已处理(&amp;M)…</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Open a file to see what needs attention today.</source>
        <translation>打开文件后查看今天需要处理的事项。</translation>
    </message>
    <message>
        <source>What needs attention on %1. A count opens its records; double-click or Enter opens the worker or enterprise.</source>
        <translation>%1 需要处理的事项。点击类别查看记录；双击或按回车打开对应的人员或企业。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not built yet</source>
        <translation>%1：尚未建成</translation>
    </message>
    <message>
        <source>Not built yet: this section&apos;s records are not kept in this version.</source>
        <translation>尚未建成：本版本还没有这一类记录。</translation>
    </message>
    <message>
        <source>The %1 most overdue of %2 are shown.</source>
        <translation>共 %2 条，显示超期最久的 %1 条。</translation>
    </message>
    <message>
        <source>Nothing needs attention here.</source>
        <translation>这一类没有需要处理的事项。</translation>
    </message>
    <message>
        <source>%1 to look at.</source>
        <translation>共 %1 条待处理。</translation>
    </message>
    <message>
        <source>Choose a warning first.</source>
        <translation>请先选择一条预警。</translation>
    </message>
    <message>
        <source>Mark warning handled: %1</source>
        <translation>标记预警已处理：%1</translation>
    </message>
    <message>
        <source>Marked handled: %1</source>
        <translation>已标记为已处理：%1</translation>
    </message>
</context>
<context>
    <name>jb::ui::WarningsPanel</name>
    <message>
        <source>Click a count to open its records on the Early warning page</source>
        <translation>点击数字在“预警”页查看记录</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>not built yet</source>
        <translation>尚未建成</translation>
    </message>
    <message>
        <source>Early warnin&amp;g</source>
        <translation>预警(&amp;G)</translation>
    </message>
</context>
<context>
    <name>jb::ui::WorkerDetailPanel</name>
    <message>
        <source>Choose a person in the list to see everything on record.</source>
        <translation>在列表中选择一人，查看其全部记录。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Shows the full ID number; this is recorded in the audit log</source>
        <translation>显示完整身份证号，将记入审计日志</translation>
    </message>
    <message>
        <source>Shows the full phone number; this is recorded in the audit log</source>
        <translation>显示完整手机号，将记入审计日志</translation>
    </message>
    <message>
        <source>Gender / age</source>
        <translation>性别 / 年龄</translation>
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
        <source>Registered at</source>
        <translation>登记单位</translation>
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
        <source>One-week promise</source>
        <translation>一周承诺</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>就业状态</translation>
    </message>
    <message>
        <source>Returned to work</source>
        <translation>返岗</translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>现居地</translation>
    </message>
    <message>
        <source>Desired trade and place</source>
        <translation>求职工种与地点</translation>
    </message>
    <message>
        <source>Expected wage (yuan/month)</source>
        <translation>期望月薪（元）</translation>
    </message>
    <message>
        <source>Skill level / education</source>
        <translation>技能等级 / 学历</translation>
    </message>
    <message>
        <source>Service needs</source>
        <translation>服务需求</translation>
    </message>
    <message>
        <source>Registered / last contact</source>
        <translation>登记 / 最近联系</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enterprise / stage</source>
        <translation>企业 / 阶段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐就业</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Worker details</source>
        <translation>劳动者详情</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>in the province</source>
        <translation>省内</translation>
    </message>
    <message>
        <source>outside the province</source>
        <translation>省外</translation>
    </message>
    <message>
        <source>Referrals (%1)</source>
        <translation>推荐就业（%1）</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>服务（%1）</translation>
    </message>
    <message>
        <source>this person&apos;s ID number</source>
        <translation>此人的身份证号</translation>
    </message>
    <message>
        <source>this person&apos;s phone number</source>
        <translation>此人的手机号</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>显示(&amp;O)</translation>
    </message>
    <message>
        <source>Double-click a referral to open it on the Referrals page</source>
        <translation>双击一条推荐，在“推荐就业”页打开</translation>
    </message>
    <message>
        <source>Refer to a &amp;post…</source>
        <translation>推荐岗位(&amp;P)…</translation>
    </message>
    <message>
        <source>Chooses an open post and records the referral (undoable)</source>
        <translation>选择一个在招岗位并记录推荐（可撤销）</translation>
    </message>
    <message>
        <source>Double-click a service to open it on the Services page</source>
        <translation>双击一条服务，在“服务”页打开</translation>
    </message>
    <message>
        <source>New ser&amp;vice</source>
        <translation>新增服务(&amp;V)</translation>
    </message>
    <message>
        <source>Records a service for this person: choose the kind, then fill in its fields</source>
        <translation>为此人登记一条服务：先选服务类别，再填写内容</translation>
    </message>
    <message>
        <source>&amp;Edit the service…</source>
        <translation>编辑服务(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete the service</source>
        <translation>删除服务(&amp;D)</translation>
    </message>
</context>
<context>
    <name>jb::ui::WorkerEditDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑劳动者</translation>
    </message>
    <message>
        <source>Add person to the worker list</source>
        <translation>新增劳动者到求职需求清单</translation>
    </message>
    <message>
        <source>Follows the resident ID; chosen by hand only when there is no ID</source>
        <translation>由身份证号确定；没有身份证号时才可手选</translation>
    </message>
    <message>
        <source>Fields marked * are required. Gender and birth date follow the resident ID.</source>
        <translation>带 * 的为必填项。性别和出生日期由身份证号确定。</translation>
    </message>
    <message>
        <source>edit person</source>
        <translation>编辑劳动者</translation>
    </message>
    <message>
        <source>add person</source>
        <translation>新增劳动者</translation>
    </message>
    <message>
        <source>this person&apos;s ID and phone numbers, in the editor</source>
        <translation>编辑窗口中此人的身份证号和手机号</translation>
    </message>
</context>
<context>
    <name>jb::ui::WorkerFilterBar</name>
    <message>
        <source>Search: name, last digits of the ID number, or phone</source>
        <translation>搜索：姓名、身份证号尾号或手机号</translation>
    </message>
    <message>
        <source>All key groups</source>
        <translation>全部重点群体</translation>
    </message>
    <message>
        <source>Any hardship status</source>
        <translation>困难类别不限</translation>
    </message>
    <message>
        <source>Any employment status</source>
        <translation>就业状态不限</translation>
    </message>
    <message>
        <source>Any service need</source>
        <translation>服务需求不限</translation>
    </message>
    <message>
        <source>All sub-units</source>
        <translation>全部下级单位</translation>
    </message>
    <message>
        <source>Returned or not</source>
        <translation>返岗情况不限</translation>
    </message>
    <message>
        <source>Returned to work</source>
        <translation>已返岗</translation>
    </message>
    <message>
        <source>Migrant workers not yet returned</source>
        <translation>尚未返岗的农民工</translation>
    </message>
    <message>
        <source>Any hardship category</source>
        <translation>任一困难类别</translation>
    </message>
    <message>
        <source>&amp;Registered from</source>
        <translation>登记日期(&amp;R)</translation>
    </message>
</context>
<context>
    <name>jb::ui::WorkerTableModel</name>
    <message>
        <source>Recommendation due by %1</source>
        <translation>应在 %1 前推荐岗位</translation>
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
        <source>Age</source>
        <translation>年龄</translation>
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
        <source>Key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>就业状态</translation>
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
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>One-week promise</source>
        <translation>一周承诺</translation>
    </message>
</context>
<context>
    <name>jb::ui::WorkersPage</name>
    <message>
        <source>Shown in full; recorded in the audit log.</source>
        <translation>已显示完整号码，已记入审计日志。</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>Export unmasked?</source>
        <translation>导出不遮蔽的号码？</translation>
    </message>
    <message>
        <source>The exported file will contain full ID and phone numbers. The export is recorded in the audit log with your name. Keep the file safe and delete it when no longer needed.</source>
        <translation>导出的文件将包含完整的身份证号和手机号。本次导出将以您的名义记入审计日志。请妥善保管文件，不再需要时及时删除。</translation>
    </message>
    <message>
        <source>No list to export.</source>
        <translation>没有可导出的清单。</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>已写入 %1 行：%2</translation>
    </message>
    <message>
        <source>Export the worker list</source>
        <translation>导出劳动者清单</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>劳动者清单</translation>
    </message>
    <message>
        <source>Add a person to the worker needs list (e.g. registered at a fair)</source>
        <translation>新增一名劳动者到求职需求清单（如招聘会上登记的人员）</translation>
    </message>
    <message>
        <source>Edit the chosen person (or double-click the row)</source>
        <translation>编辑所选人员（或双击该行）</translation>
    </message>
    <message>
        <source>Edit person %1</source>
        <translation>编辑劳动者 %1</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>新增劳动者 %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>full ID and phone numbers in an exported list</source>
        <translation>导出名单中的完整身份证号和手机号</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>新增劳动者(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Export f&amp;ull ID and phone numbers (recorded in the audit log)</source>
        <translation>导出完整身份证号和手机号（记入审计日志）(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
</context>
</TS>
