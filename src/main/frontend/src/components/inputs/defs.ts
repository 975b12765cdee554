// Input components: type name -> element and props schema.
import { AutocompletePropsSchema } from '../../../gen/mesopj/components/autocomplete_pb';
import { ButtonPropsSchema } from '../../../gen/mesopj/components/button_pb';
import { ButtonTogglePropsSchema } from '../../../gen/mesopj/components/button_toggle_pb';
import { CheckboxPropsSchema } from '../../../gen/mesopj/components/checkbox_pb';
import { DatePickerPropsSchema } from '../../../gen/mesopj/components/date_picker_pb';
import { DateRangePickerPropsSchema } from '../../../gen/mesopj/components/date_range_picker_pb';
import { InputPropsSchema } from '../../../gen/mesopj/components/input_pb';
import { RadioPropsSchema } from '../../../gen/mesopj/components/radio_pb';
import { SelectPropsSchema } from '../../../gen/mesopj/components/select_pb';
import { SlideTogglePropsSchema } from '../../../gen/mesopj/components/slide_toggle_pb';
import { SliderPropsSchema } from '../../../gen/mesopj/components/slider_pb';
import { UploaderPropsSchema } from '../../../gen/mesopj/components/uploader_pb';
import type { ComponentDef } from '../registry';
import { MesopjAutocomplete } from './autocomplete';
import { MesopjButton } from './button';
import { MesopjButtonToggle } from './button-toggle';
import { MesopjCheckbox } from './checkbox';
import { MesopjDatePicker } from './date-picker';
import { MesopjDateRangePicker } from './date-range-picker';
import { MesopjInput } from './input';
import { MesopjRadio } from './radio';
import { MesopjSelect } from './select';
import { MesopjSlideToggle } from './slide-toggle';
import { MesopjSlider } from './slider';
import { MesopjUploader } from './uploader';

export const INPUT_DEFS: Record<string, ComponentDef> = {
  button: { tag: 'mesopj-button', schema: ButtonPropsSchema, element: MesopjButton },
  input: { tag: 'mesopj-input', schema: InputPropsSchema, element: MesopjInput },
  checkbox: { tag: 'mesopj-checkbox', schema: CheckboxPropsSchema, element: MesopjCheckbox },
  radio: { tag: 'mesopj-radio', schema: RadioPropsSchema, element: MesopjRadio },
  select: { tag: 'mesopj-select', schema: SelectPropsSchema, element: MesopjSelect },
  slider: { tag: 'mesopj-slider', schema: SliderPropsSchema, element: MesopjSlider },
  slide_toggle: { tag: 'mesopj-slide-toggle', schema: SlideTogglePropsSchema, element: MesopjSlideToggle },
  button_toggle: { tag: 'mesopj-button-toggle', schema: ButtonTogglePropsSchema, element: MesopjButtonToggle },
  autocomplete: { tag: 'mesopj-autocomplete', schema: AutocompletePropsSchema, element: MesopjAutocomplete },
  date_picker: { tag: 'mesopj-date-picker', schema: DatePickerPropsSchema, element: MesopjDatePicker },
  date_range_picker: { tag: 'mesopj-date-range-picker', schema: DateRangePickerPropsSchema, element: MesopjDateRangePicker },
  uploader: { tag: 'mesopj-uploader', schema: UploaderPropsSchema, element: MesopjUploader },
};
