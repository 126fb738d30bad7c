// Name and version of this tool, written into TMX headers and XLIFF files.
import pkg from '../../package.json' with {type: 'json'}

export const TOOL_NAME = 'ko-en-bitext'
export const TOOL_VERSION: string = (pkg as {version?: string}).version ?? '0.0.0'
