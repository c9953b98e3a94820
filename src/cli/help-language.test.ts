import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth, sayParserError, wrapText } from './help-format.ts';
import { setCliLanguage } from './language.ts';
import { buildProgram } from './program.ts';

afterEach(() => setCliLanguage('en'));

/** The help of the program (no path) or of one of its commands, in `lang`, as `--help` prints it. */
function helpOf(lang: 'en' | 'th' | 'my', ...path: string[]): string {
  setCliLanguage(lang);
  let command: Command = buildProgram();
  for (const name of path) {
    const sub = command.commands.find((c) => c.name() === name);
    if (!sub) throw new Error(`no command ${name}`);
    command = sub;
  }
  return command.helpInformation();
}

const run = (args: string[], env: Record<string, string>) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], {
    env: { ...process.env, LANTERN_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env },
  }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

describe('the help of the command line', () => {
  it('is in Thai: headings, the commands and their options', () => {
    const main = helpOf('th');
    expect(main).toMatch(/^วิธีใช้: lantern \[options\] \[command\]/);
    expect(main).toContain('Lantern: แพลตฟอร์มต่อต้านการค้ามนุษย์');
    expect(main).toContain('ตัวเลือก:');
    expect(main).toContain('คำสั่ง:');
    expect(main).toMatch(/audit\s+ทำงานกับบันทึกการตรวจสอบ/);
    expect(main).toMatch(/-h, --help\s+แสดงวิธีใช้ของคำสั่ง/);
    expect(main).not.toMatch(/Usage:|Options:|Commands:|display help/);
    const verify = helpOf('th', 'audit', 'verify');
    expect(verify).toMatch(/^วิธีใช้: lantern audit verify \[options\]/);
    expect(verify).toContain('ไล่ตรวจลูกโซ่ที่ผนึกด้วยกุญแจ');
    expect(verify).toMatch(/--checkpoint <file>\s+ตรวจจุดตรวจสอบที่เก็บไว้ในไฟล์นี้ด้วย/);
    const steps = helpOf('th', 'network', 'analyse');
    expect(steps).toContain('อาร์กิวเมนต์:');
    expect(steps).toMatch(/ใช้กับ --disrupt: จำนวนโหนดที่จะตัดออก\s+\(ค่าเริ่มต้น: "10"\)/);
  });

  it('is in Burmese', () => {
    const main = helpOf('my');
    expect(main).toMatch(/^အသုံးပြုပုံ: lantern/);
    expect(main).toContain('ရွေးချယ်စရာများ:');
    expect(main).toContain('အမိန့်များ:');
    expect(main).toMatch(/evidence\s+သက်သေခံပစ္စည်း မှတ်ပုံတင်စာရင်းနှင့် လုပ်ဆောင်ရန်/);
    const add = helpOf('my', 'agency', 'add');
    expect(add).toMatch(/^အသုံးပြုပုံ: lantern agency add \[options\]/);
    expect(add).toContain('အေဂျင်စီ တစ်ခုကို မှတ်ပုံတင်ရန်');
    expect(add).toMatch(/--name <name>\s+အေဂျင်စီ၏ အမည်/);
    expect(add).toMatch(/--kind <kind>\s+ဤတန်ဖိုးများထဲမှ တစ်ခု- police, labour, ngo/);
    expect(add).not.toMatch(/Usage:|Options:|the agency name/);
  });

  it('stays as it was in English', () => {
    const main = helpOf('en');
    expect(main).toMatch(/^Usage: lantern \[options\] \[command\]/);
    expect(main).toMatch(/-h, --help\s+display help for command/);
    expect(helpOf('en', 'network', 'analyse')).toMatch(/how many nodes to remove \(default: "10"\)/);
  });

  it('comes from --lang or the locale when the command runs', { timeout: 60_000 }, async () => {
    const thai = await run(['--lang', 'th', '--help'], { LANG: 'my_MM.UTF-8' });
    expect(thai.code).toBe(0);
    expect(thai.out).toMatch(/^วิธีใช้: lantern/);
    const burmese = await run(['audit', 'verify', '--help'], { LANG: 'my_MM.UTF-8' });
    expect(burmese.out).toMatch(/^အသုံးပြုပုံ: lantern audit verify/);
    const chinese = await run(['world', 'generate', '--out', 'x', '--nope'], {
      LANTERN_LANG: 'zh',
      LANG: 'th_TH.UTF-8',
    });
    expect(chinese.code).toBe(1);
    expect(chinese.err).toMatch(/^错误：未知选项 '--nope'\n/);
    expect(chinese.err).toContain('用法： lantern world generate');
    expect(chinese.err).toContain('（默认值："demo"）');
    const unknown = await run(['--lang', 'xx', '--help'], { LANG: 'vi_VN.UTF-8' });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe('lantern: --lang: không có ngôn ngữ "xx"; chỉ có: en, th, km, lo, my, vi, zh\n');
  });
});

describe('the parser’s errors', () => {
  it('are said in the language, with the suggestion', () => {
    setCliLanguage('th');
    expect(sayParserError("error: unknown command 'auditt'\n(Did you mean audit?)\n")).toBe(
      "ข้อผิดพลาด: ไม่รู้จักคำสั่ง 'auditt'\n(หมายถึง audit หรือไม่)\n",
    );
    expect(sayParserError("error: required option '--name <name>' not specified\n")).toBe(
      "ข้อผิดพลาด: ไม่ได้ระบุตัวเลือกที่จำเป็น '--name <name>'\n",
    );
    setCliLanguage('my');
    expect(
      sayParserError("error: too many arguments for 'screen'. Expected 1 argument but got 2: a, b.\n"),
    ).toBe("အမှား- 'screen' အတွက် တန်ဖိုး များလွန်းသည်။ ၁ ခု လိုသော်လည်း ၂ ခု ရရှိသည်- a, b\n");
    expect(sayParserError('something else\n')).toBe('something else\n');
  });
});

describe('wrapping', () => {
  it('measures marks as nothing and Chinese as two columns', () => {
    expect(displayWidth('ที่')).toBe(1);
    expect(displayWidth('用法')).toBe(4);
    // ក្រុម: ក, then រ written under it and a vowel sign under that, then ម.
    expect(displayWidth('ក្រុម')).toBe(2);
  });

  it('breaks a text without spaces between its words, never inside an option', () => {
    const lines = wrapText(
      '与 --disrupt 一起使用：要移除的节点数，按 betweenness 或 degree 排名',
      20,
      'zh-CN',
    ).split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join('')).toContain('--disrupt');
    expect(lines.some((l) => l.endsWith('--') || l.startsWith('disrupt'))).toBe(false);
  });
});
