/**
 * The live results of the form: the S/M/A/R/T checks (with what still holds the example) and
 * the composed statement. A deferred part (SmartGoalForm): its rules and texts load with it.
 */
import { checkSmart, composeStatement, exampleLabels } from './checks';
import { exampleLeftovers, type SmartGoalData } from './model';
import { SmartChecklist } from './SmartChecklist';
import { StatementBox } from './StatementBox';

export function SmartResults({ data, today }: { data: SmartGoalData; today: string }) {
  return (
    <div class="sg-results">
      <SmartChecklist
        check={checkSmart(data, today)}
        leftovers={exampleLabels(exampleLeftovers(data))}
      />
      <StatementBox statement={composeStatement(data)} />
    </div>
  );
}
