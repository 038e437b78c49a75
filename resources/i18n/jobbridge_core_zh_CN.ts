<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
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
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>the same as “%1”; make sure it is not the same enterprise</source>
        <translation>与“%1”相同，请确认不是同一企业</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Vacancy title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
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
        <source>Wage from</source>
        <translation>月薪下限</translation>
    </message>
    <message>
        <source>Wage to</source>
        <translation>月薪上限</translation>
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
        <source>Occupation group</source>
        <translation>职业大类</translation>
    </message>
    <message>
        <source>Education required</source>
        <translation>学历要求</translation>
    </message>
    <message>
        <source>Skill required</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <source>Employment form</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Contact</source>
        <translation>联系方式</translation>
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
        <source>Flagged on</source>
        <translation>标记日期</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>监测类型</translation>
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
        <source>People affected</source>
        <translation>涉及人数</translation>
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
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
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
        <source>There are no rows for an error file</source>
        <translation>没有需要写入错误文件的行</translation>
    </message>
    <message>
        <source>Cannot read the error file&apos;s temporary copy</source>
        <translation>无法读取错误文件的临时副本</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>无法写入文件 %1：%2</translation>
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
    <name>Validation</name>
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
        <source>%1, %2</source>
        <translation>%1、%2</translation>
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
</context>
</TS>
