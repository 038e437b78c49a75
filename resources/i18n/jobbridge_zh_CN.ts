<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>jb::ui::DashboardPage</name>
    <message>
        <source>Records in this file</source>
        <translation>本文件记录数</translation>
    </message>
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
        <source>Workers per key group</source>
        <translation>各重点群体劳动者人数</translation>
    </message>
    <message>
        <source>The quota and progress charts (actual figures against the targets and against the pace expected by today) are not built yet; they will appear here with the Targets page.</source>
        <translation>目标任务和进度图表（实际完成数对比目标任务、对比截至今日应达进度）尚未建成，将随“目标任务”页面一起在这里显示。</translation>
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
        <source>There are no workers in this file yet, so there is nothing to chart.</source>
        <translation>本文件还没有劳动者记录，暂无可显示的图表。</translation>
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
        <source>Next…</source>
        <translation>下一步…</translation>
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
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imports the lists that arrive as Excel files saved as CSV (GBK or UTF-8): columns are matched to fields, ID numbers, credit codes, phone numbers and dates are checked row by row, and a whole import can be undone.</source>
        <translation>导入由 Excel 另存为 CSV（GBK 或 UTF-8 编码）的名单：把各列对应到字段，逐行核验身份证号、统一社会信用代码、手机号码和日期，整批导入也可以撤销。</translation>
    </message>
    <message>
        <source>Imports recorded in this file: %1</source>
        <translation>本文件已记录 %1 批导入</translation>
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
        <source>Rules and officer (stored in this file)</source>
        <translation>规则与经办人（保存在本文件中）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>One-week promise: days to the first job recommendation:</source>
        <translation>“就业110”承诺：首次推荐岗位的期限：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Stable employment: months still employed after signing the contract:</source>
        <translation>稳定就业：签订劳动合同后仍在岗的月数：</translation>
    </message>
    <message>
        <source>Name recorded with imports and changes</source>
        <translation>导入和修改记录中登记的经办人姓名</translation>
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
        <source>Apply</source>
        <translation>应用</translation>
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
        <source>New file…</source>
        <translation>新建文件…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
