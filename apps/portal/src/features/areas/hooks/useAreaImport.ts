import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { AreaImportPreviewQuery } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useTypedMutation } from '../../forms/hooks/useTypedMutation';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import {
  AREA_IMPORT_PREVIEW_QUERY,
  AREAS_QUERY,
  IMPORT_AREAS_MUTATION,
} from '../graphql/areaDocuments';

export type AreaImportResult = AreaImportPreviewQuery['areaImportPreview'];

/**
 * A wijken file: read in the browser, previewed by the API line by line (nothing written), then
 * imported in one transaction; a changed file needs a new preview before it can be imported.
 */
export function useAreaImport() {
  const errorMessage = useErrorMessage();
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<AreaImportResult | null>(null);
  const [imported, setImported] = useState<AreaImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [load, { loading }] = useLazyQuery(AREA_IMPORT_PREVIEW_QUERY, { fetchPolicy: 'no-cache' });
  const [commit, { pending }] = useTypedMutation(IMPORT_AREAS_MUTATION, {
    refetchQueries: [AREAS_QUERY],
    awaitRefetchQueries: true,
  });

  async function choose(file: File | null) {
    setPreview(null);
    setImported(null);
    setFailure(null);
    setCsv(file ? await file.text() : null);
  }

  async function showPreview(): Promise<boolean> {
    setImported(null);
    setFailure(null);
    if (csv === null) return false;
    try {
      const { data, error } = await load({ variables: { csv } });
      if (error || !data) {
        setFailure(errorMessage(errorCodeOf(error)));
        return false;
      }
      setPreview(data.areaImportPreview);
      return true;
    } catch (error) {
      setFailure(errorMessage(errorCodeOf(error)));
      return false;
    }
  }

  async function importFile() {
    if (csv === null) return;
    setFailure(null);
    const outcome = await commit({ csv });
    if (outcome.ok) {
      setImported(outcome.data.importAreas);
      setPreview(null);
      return;
    }
    setFailure(outcome.message);
  }

  return {
    hasFile: csv !== null,
    choose,
    showPreview,
    importFile,
    preview,
    imported,
    failure,
    loading,
    pending,
  };
}
