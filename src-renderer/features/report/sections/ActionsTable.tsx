import type { ReportAction } from '../../../../shared/report/build-report';

export function ActionsTable({ actions, caption }: { readonly actions: readonly ReportAction[]; readonly caption: string }) {
  return (
    <table className="app-report__table app-report__table--fixed">
      <caption>{caption}</caption>
      <colgroup>
        <col style={{ width: '48%' }} />
        <col style={{ width: '19%' }} />
        <col style={{ width: '18%' }} />
        <col style={{ width: '15%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action, index) => (
          <tr key={index}>
            <td>
              {action.description}
              {action.resourceTitle !== null && <span className="app-report__cell-note">Development offer: {action.resourceTitle}</span>}
              {action.notes !== '' && <span className="app-report__cell-note">{action.notes}</span>}
            </td>
            <td>{action.ownerName}</td>
            <td className="app-report__nowrap">{action.dueText}</td>
            <td>{action.statusText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
