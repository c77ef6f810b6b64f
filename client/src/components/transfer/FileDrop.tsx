import { useState } from 'react';
import type { DragEvent } from 'react';
import { FileIcon, UploadIcon } from '../admin/adminIcons';
import { fileSize } from './contactFile';

interface FileDropProps {
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
}

const isCsv = (f: File) => /\.(csv|txt)$/i.test(f.name) || /csv|text\/plain/i.test(f.type);

/** A file input people can also drop a file onto; the whole box is its label, so a click anywhere opens it. */
export function FileDrop({ file, onFile, disabled = false }: FileDropProps) {
  const [over, setOver] = useState(false);
  const [wrongType, setWrongType] = useState<string | null>(null);

  function take(picked: File | undefined) {
    if (!picked) return;
    if (!isCsv(picked)) {
      setWrongType(`${picked.name} is not a CSV file. Save it from your spreadsheet as CSV and try again.`);
      return;
    }
    setWrongType(null);
    onFile(picked);
  }

  function drop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setOver(false);
    if (!disabled) take(event.dataTransfer.files[0]);
  }

  const classes = ['filedrop', over ? 'filedrop--over' : '', file ? 'filedrop--chosen' : ''];
  return (
    <div className="filedrop-wrap">
      <label
        className={classes.filter(Boolean).join(' ')}
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <input
          className="visually-hidden"
          type="file"
          accept=".csv,text/csv"
          disabled={disabled}
          onChange={(e) => {
            take(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <span className="filedrop__icon">{file ? <FileIcon /> : <UploadIcon />}</span>
        {file ? (
          <span className="filedrop__text">
            <span className="filedrop__name">{file.name}</span>
            <span className="filedrop__hint">
              {fileSize(file.size)} · <span className="filedrop__action">Choose a different file</span>
            </span>
          </span>
        ) : (
          <span className="filedrop__text">
            <span className="filedrop__name">
              <span className="filedrop__action">Choose a CSV file</span>
              <span className="filedrop__or"> or drop it here</span>
            </span>
            <span className="filedrop__hint">Excel, Google Sheets and most sign-up forms can save one.</span>
          </span>
        )}
      </label>
      {wrongType ? (
        <p className="filedrop__problem" role="alert">
          {wrongType}
        </p>
      ) : null}
    </div>
  );
}
