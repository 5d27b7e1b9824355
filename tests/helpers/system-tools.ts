/**
 * The system tools that users and archives check files with (poppler, qpdf,
 * LibreOffice). `npm test` reads PDFs and CSVs in JavaScript alone; these
 * tools repeat the key checks as cross-checks. Under CI (`CI=true`, where
 * .ci/run installs them) a missing tool fails the test file at once; on a
 * machine with only npm the cross-checks are skipped, and their names say why.
 */
import { spawnSync } from 'node:child_process';

/** The commands a cross-check runs (each answering `versionArgs`) and the Debian package that brings them. */
export interface SystemTool {
  commands: string[];
  versionArgs: string[];
  apt: string;
}

/** Every poppler command the tests run: a package split or a half-removed install skips, never fails. */
export const POPPLER: SystemTool = {
  commands: ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'],
  versionArgs: ['-v'],
  apt: 'poppler-utils',
};
export const QPDF: SystemTool = { commands: ['qpdf'], versionArgs: ['--version'], apt: 'qpdf' };
export const LIBREOFFICE: SystemTool = {
  commands: ['libreoffice'],
  versionArgs: ['--version'],
  apt: 'libreoffice-calc-nogui',
};

/** Reads the .xlsx files LibreOffice writes (the LibreOffice cross-checks need it). */
export const UNZIP: SystemTool = { commands: ['unzip'], versionArgs: ['-v'], apt: 'unzip' };

const found = new Map<string, boolean>();

function installed(tool: SystemTool): boolean {
  return tool.commands.every((command) => {
    let yes = found.get(command);
    if (yes === undefined) {
      yes = spawnSync(command, tool.versionArgs, { stdio: 'ignore' }).status === 0;
      found.set(command, yes);
    }
    return yes;
  });
}

/** True when a cross-check must be skipped; throws under CI, where every tool must be there. */
export function lacks(...tools: SystemTool[]): boolean {
  const absent = tools.filter((tool) => !installed(tool));
  if (absent.length > 0 && process.env['CI'] === 'true') {
    throw new Error(
      `CI=true but ${absent.map((t) => t.commands.join('/')).join(', ')} is missing: the cross-checks must run ` +
        `in CI (apt-get install ${absent.map((t) => t.apt).join(' ')}; .ci/run does so).`,
    );
  }
  return absent.length > 0;
}

/** A cross-check's test name: what it checks, with which tool, or why it is skipped. */
export function crossCheck(name: string, ...tools: SystemTool[]): string {
  const absent = tools.filter((tool) => !installed(tool));
  return absent.length === 0
    ? `${name} (cross-check with ${tools.map((t) => t.apt).join(', ')})`
    : `${name} (cross-check skipped: ${absent.map((t) => t.apt).join(', ')} not installed)`;
}
