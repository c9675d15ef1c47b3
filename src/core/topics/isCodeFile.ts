import { isBuildOrCi, isGeneratedOrLock, isTestFile, languageOf } from './paths';

/** True for hand-written code that tests could cover (not tests, build files or generated code). */
export function isCodeFile(path: string): boolean {
  return (
    languageOf(path) !== undefined &&
    !isTestFile(path) &&
    !isGeneratedOrLock(path) &&
    !isBuildOrCi(path)
  );
}
