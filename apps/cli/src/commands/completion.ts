import type { OrganizationRecord } from '@turnus/core';
import type { Command, Option } from 'commander';
import { SHELLS } from '../args/choices';
import { CliError } from '../errors';


/** What the shell needs to know about one command: its path, options, sub-commands and what its arguments are. */
interface CommandInfo {
  readonly path: string;
  readonly description: string;
  readonly options: readonly { flag: string; takesValue: boolean; description: string; choices: readonly string[] }[];
  readonly subcommands: readonly { name: string; description: string }[];
  readonly argument: 'office' | 'shell' | 'file' | 'none';
}

/** The offices and parties of one record. */
export interface RecordValues {
  readonly offices: readonly string[];
  readonly parties: readonly string[];
}

/** Values the shell offers for option arguments and positional arguments. */
export interface CompletionValues extends RecordValues {
  /** The embedded organizations, for --org. */
  readonly orgs?: readonly string[];
  /**
   * Each embedded organization's offices and parties: with `--org X` on the line, the shell
   * offers X's (the UN Security Council's `president`), else those of `offices` and `parties`.
   */
  readonly byOrg?: Readonly<Record<string, RecordValues>>;
}

/** The completion values of a record, and of every embedded organization (read only when completing is asked for). */
export function completionValues(record: OrganizationRecord, orgs: readonly string[], recordOf: (org: string) => OrganizationRecord): CompletionValues {
  const of = (r: OrganizationRecord): RecordValues => ({ offices: r.offices.map((o) => o.id), parties: r.parties.map((p) => p.id) });
  return { ...of(record), orgs, byOrg: Object.fromEntries(orgs.map((org) => [org, of(recordOf(org))])) };
}

function optionInfo(option: Option) {
  return {
    flag: option.long ?? option.short ?? '',
    takesValue: option.required || option.optional,
    description: option.description,
    choices: option.argChoices ?? [],
  };
}

function argumentKind(command: Command): CommandInfo['argument'] {
  const first = command.registeredArguments[0]?.name();
  if (first === 'office') return 'office';
  if (first === 'shell') return 'shell';
  if (first === 'path') return 'file';
  return 'none';
}

function walk(command: Command, prefix: string[] = []): CommandInfo[] {
  const path = [...prefix, command.name()].slice(1).join(' ');
  const own: CommandInfo = {
    path,
    description: command.description(),
    options: command.options.filter((o) => !o.hidden).map(optionInfo),
    subcommands: command.commands.map((c) => ({ name: c.name(), description: c.description().split('\n')[0] ?? '' })),
    argument: argumentKind(command),
  };
  return [own, ...command.commands.flatMap((c) => walk(c, [...prefix, command.name()]))];
}

/** Options whose values are parties or files: the shell offers those. */
const PARTY_OPTIONS = new Set(['--to', '--from', '--party', '--host', '--nationality', '--with', '--admit', '--skip', '--swap', '--parties', '--withdraw']);
const FILE_OPTIONS = new Set(['--data', '--output', '--dir']);
/** Options whose values are offices. */
const OFFICE_OPTIONS = new Set(['--office']);

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function bash(infos: readonly CommandInfo[], values: CompletionValues): string {
  const root = infos[0]!;
  const valueOptions = [...new Set(infos.flatMap((i) => i.options.filter((o) => o.takesValue).map((o) => o.flag)))];
  const paths = infos.filter((i) => i.path).map((i) => i.path.replace(/ /g, '/'));
  const cases = infos
    .map((info) => {
      const subs = info.subcommands.map((s) => s.name).join(' ');
      const opts = [...info.options.map((o) => o.flag), '--help'].join(' ');
      const positional = info.argument === 'office' ? '"$offices"' : quote(info.argument === 'shell' ? SHELLS.join(' ') : '');
      return `    ${quote(info.path.replace(/ /g, '/'))}) subs=${quote(subs)}; opts=${quote(opts)}; positional=${positional}; files=${info.argument === 'file' ? 1 : 0} ;;`;
    })
    .join('\n');
  const choices = infos
    .flatMap((i) => i.options.filter((o) => o.choices.length > 0).map((o) => `    ${o.flag}) COMPREPLY=($(compgen -W ${quote(o.choices.join(' '))} -- "$cur")); return ;;`))
    .filter((line, index, all) => all.indexOf(line) === index)
    .join('\n');
  const byOrgCases = Object.entries(values.byOrg ?? {})
    .map(([org, v]) => `    ${quote(org)}) offices=${quote(v.offices.join(' '))}; parties=${quote(v.parties.join(' '))} ;;`)
    .join('\n');
  return `# bash completion for turnus. Load it with:  source <(turnus completion bash)
_turnus() {
  local cur prev path='' word i subs opts positional files org=''
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local paths=' ${paths.join(' ')} '
  local value_options=' ${valueOptions.join(' ')} '
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == --org ]] && org="\${COMP_WORDS[i+1]}"
    if [[ "$value_options" == *" $word "* ]]; then ((i++)); continue; fi
    [[ "$word" == -* ]] && continue
    if [[ "$paths" == *" \${path:+$path/}$word "* ]]; then path="\${path:+$path/}$word"; fi
  done
  # The offices and parties of the organization named by --org, else of the record the script was made for.
  local offices=${quote(values.offices.join(' '))} parties=${quote(values.parties.join(' '))}
  case "$org" in
${byOrgCases}
  esac
  case "$prev" in
${choices}
    ${[...FILE_OPTIONS].join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ${[...PARTY_OPTIONS].join('|')}) COMPREPLY=($(compgen -W "$parties" -- "$cur")); return ;;
    ${[...OFFICE_OPTIONS].join('|')}) COMPREPLY=($(compgen -W "$offices" -- "$cur")); return ;;
    --org) COMPREPLY=($(compgen -W ${quote((values.orgs ?? []).join(' '))} -- "$cur")); return ;;
  esac
  [[ "$value_options" == *" $prev "* ]] && return
  case "$path" in
${cases}
    *) subs=''; opts=''; positional=''; files=0 ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts ${root.options.map((o) => o.flag).join(' ')}" -- "$cur"))
  elif [[ $files == 1 ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$subs $positional" -- "$cur"))
  fi
}
complete -F _turnus turnus
`;
}

function zsh(infos: readonly CommandInfo[], values: CompletionValues): string {
  const esc = (text: string) => text.replace(/\\/g, '\\\\').replace(/'/g, `'\\''`).replace(/:/g, '\\:').replace(/\[/g, '\\[').replace(/\]/g, '\\]');
  const spec = (info: CommandInfo) =>
    info.options.map((o) => {
      const action = FILE_OPTIONS.has(o.flag)
        ? '_files'
        : PARTY_OPTIONS.has(o.flag)
          ? '_turnus_parties'
          : OFFICE_OPTIONS.has(o.flag)
            ? '_turnus_offices'
            : o.flag === '--org'
              ? `(${(values.orgs ?? []).join(' ')})`
              : o.choices.length
                ? `(${o.choices.join(' ')})`
                : ' ';
      return o.takesValue ? `'${o.flag}[${esc(o.description)}]:value:${action}'` : `'${o.flag}[${esc(o.description)}]'`;
    });
  const fn = (info: CommandInfo) => `_turnus_${info.path.replace(/[^a-z0-9]+/g, '_') || 'root'}`;
  const zshCases = (kind: keyof RecordValues) =>
    Object.entries(values.byOrg ?? {})
      .map(([org, v]) => `    ${quote(org)}) list=(${v[kind].join(' ')}) ;;`)
      .join('\n');
  const functions = infos.map((info) => {
    const options = spec(info).join(' \\\n    ');
    if (info.subcommands.length) {
      const list = info.subcommands.map((s) => `'${s.name}:${esc(s.description)}'`).join(' ');
      const dispatch = info.subcommands.map((s) => `      ${s.name}) ${fn(infos.find((i) => i.path === (info.path ? `${info.path} ${s.name}` : s.name))!)} ;;`).join('\n');
      return `${fn(info)}() {
  local -a commands
  commands=(${list})
  _arguments -C \\
    ${options ? `${options} \\\n    ` : ''}'1: :->command' '*:: :->args'
  case $state in
    command) _describe 'command' commands ;;
    args)
      case $words[1] in
${dispatch}
      esac ;;
  esac
}`;
    }
    const positional = info.argument === 'office' ? `'1:office:_turnus_offices'` : info.argument === 'shell' ? `'1:shell:(${SHELLS.join(' ')})'` : info.argument === 'file' ? `'1:record file:_files'` : '';
    return `${fn(info)}() {
  _arguments ${[...spec(info), positional].filter(Boolean).join(' \\\n    ')}
}`;
  });
  return `#compdef turnus
# zsh completion for turnus. Load it with:  source <(turnus completion zsh)
# or save it as _turnus in a folder of your $fpath.

# The organization named by --org on the line being completed (empty without one).
_turnus_org() {
  local -a w
  local i
  w=(\${(z)BUFFER})
  for ((i = 1; i < \${#w}; i++)); do
    if [[ \${w[i]} == --org ]]; then print -r -- \${w[i+1]}; return; fi
  done
}

# Offices and parties of that organization, else of the record the script was made for.
_turnus_offices() {
  local -a list
  case $(_turnus_org) in
${zshCases('offices')}
    *) list=(${values.offices.join(' ')}) ;;
  esac
  _describe 'office' list
}

_turnus_parties() {
  local -a list
  case $(_turnus_org) in
${zshCases('parties')}
    *) list=(${values.parties.join(' ')}) ;;
  esac
  _describe 'party' list
}

${functions.join('\n\n')}

if [[ "\${funcstack[1]}" == _turnus ]]; then
  _turnus_root "$@"
else
  compdef _turnus_root turnus
fi
`;
}

/** `turnus completion bash|zsh`: a completion script generated from the commands themselves. */
export function completionScript(program: Command, shell: string | undefined, values: CompletionValues): string {
  if (shell === undefined || !(SHELLS as readonly string[]).includes(shell)) {
    throw new CliError(shell === undefined ? 'E_USAGE' : 'E_INVALID_OPTION', shell === undefined ? 'completion needs a shell' : `no completion for the shell ${JSON.stringify(shell)}`, { hint: `Shells: ${SHELLS.join(', ')}. For example: source <(turnus completion bash)` });
  }
  const infos = walk(program);
  return shell === 'bash' ? bash(infos, values) : zsh(infos, values);
}
