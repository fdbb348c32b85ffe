/** The transcript both demos print and the one rule they follow for approvals without a terminal. */
export { approvalRule, approvalVariable, type ApprovalRule, type ApprovalRuleOptions } from './approval-rule';
export { askApproval, type AskApprovalOptions } from './ask-approval';
export { createTranscript, type Transcript, type TranscriptOptions } from './create-transcript';
export { innermostErrorMessage } from './innermost-error-message';
export { wrapLine, type WrapLineOptions } from './wrap-line';
export { runWithoutTerminal, type RunWithoutTerminalOptions } from './run-without-terminal';
