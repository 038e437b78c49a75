<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
